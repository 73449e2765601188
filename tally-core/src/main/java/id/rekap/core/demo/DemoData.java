package id.rekap.core.demo;

import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PasswordHasher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo data set: the real Kab. Adm. Kepulauan Seribu (3101) sample of Pemilu 2024 — its region
 * and TPS list, the PPWP election definition and the 88 public Sirekap files of 16 Feb 2024 (81
 * digitised, some with real reading errors). Bundled so a fresh install can show a real workspace.
 */
public final class DemoData {
  public static final String REGION = "3101";
  public static final String ELECTION = "pemilu-2024-ppwp.json";
  public static final String REGIONS = "wilayah-3101.json";
  public static final String RESULTS = "ppwp";
  private static final String ROOT = "/id/rekap/core/demo/";

  private DemoData() {}

  /** Writes the demo files into a folder (keeping the {@code ppwp/} contest folder). */
  public static void extract(Path target) {
    try (InputStream index = DemoData.class.getResourceAsStream(ROOT + "files.txt")) {
      if (index == null) {
        throw new IllegalStateException("demo data missing from the build");
      }
      List<String> names =
          new String(index.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
      for (String name : names) {
        Path out = target.resolve(name);
        Files.createDirectories(out.getParent());
        try (InputStream in = DemoData.class.getResourceAsStream(ROOT + name)) {
          if (in == null) {
            throw new IllegalStateException("demo file missing: " + name);
          }
          Files.copy(in, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a kab/kota workspace for 3101 in {@code folder} and imports the demo data into it, step
   * by step as the demo's people would: the admin creates the workspace with the master data and
   * the accounts, each person sets their own password, the operator ani imports the Sirekap files.
   */
  public static Workspace create(Path folder, Clock clock) {
    return create(folder, clock, new PasswordHasher());
  }

  /**
   * The same, with the cost the demo's passwords are hashed with: the program always uses the
   * method above (the defaults); tests pass a lower cost (ADR 0038).
   */
  public static Workspace create(Path folder, Clock clock, PasswordHasher passwords) {
    Path temp;
    try {
      temp = Files.createTempDirectory("rekap-demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      extract(temp);
      Workspace ws =
          CreateWorkspace.run(
              folder,
              new CreateWorkspace.Request(
                  WorkspaceLevel.KABKOTA,
                  REGION,
                  temp.resolve(ELECTION),
                  "Demo KPU Kab. Adm. Kepulauan Seribu"),
              new CreateWorkspace.FirstAdmin("admin", PASSWORD.toCharArray()),
              clock,
              passwords);
      try {
        CreateWorkspace.setUp(
            ws, "admin", new CreateWorkspace.Setup(COMMITTEE, List.of(temp.resolve(REGIONS))));
        addUsers(ws);
        ws.importResults()
            .run(
                ws.users().login("ani", PASSWORD.toCharArray()),
                ImportRequest.of(List.of(temp.resolve(RESULTS))),
                ImportResults.Progress.NONE);
        return ws;
      } catch (RuntimeException e) {
        ws.close();
        throw e;
      }
    } finally {
      deleteTree(temp);
    }
  }

  /**
   * The demo's password for every demo user; a demo workspace is for trying things out only. It
   * passes the password rules like any other.
   */
  public static final String PASSWORD = "pulau-seribu-24";

  /** The temporary password each demo account gets before its holder sets the demo password. */
  private static final String FIRST_PASSWORD = "sementara-untuk-demo";

  /** Fictitious names, so that the demo's forms show a filled signature block. */
  private static final List<CommitteeMember> COMMITTEE =
      List.of(
          new CommitteeMember("Ketua", "Contoh Ketua KPU"),
          new CommitteeMember("Anggota", "Contoh Anggota Satu"),
          new CommitteeMember("Anggota", "Contoh Anggota Dua"),
          new CommitteeMember("Anggota", "Contoh Anggota Tiga"),
          new CommitteeMember("Anggota", "Contoh Anggota Empat"));

  /** Users to try the plenary with: two operators, a verifier and the chair (and the admin). */
  private static void addUsers(Workspace ws) {
    var users = ws.users();
    var admin = users.login("admin", PASSWORD.toCharArray());
    for (var person :
        List.of(
            java.util.Map.entry("ani", Role.OPERATOR),
            java.util.Map.entry("budi", Role.OPERATOR),
            java.util.Map.entry("citra", Role.VERIFIER),
            java.util.Map.entry("ketua", Role.CHAIR))) {
      users.add(admin, person.getKey(), person.getValue(), FIRST_PASSWORD.toCharArray());
      users.changePassword(person.getKey(), FIRST_PASSWORD.toCharArray(), PASSWORD.toCharArray());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp folder is harmless
    }
  }
}
