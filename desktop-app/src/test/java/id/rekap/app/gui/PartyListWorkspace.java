package id.rekap.app.gui;

import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import id.rekap.testsupport.ElectionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A workspace for Kepulauan Seribu with a party-list ballot beside the real PPWP: the demo's real
 * region list, the 18 national parties of Pemilu 2024 with their real ballot numbers, and one DPRD
 * Provinsi dapil with lists of 8 to 12 caleg (names invented), about 250 boxes per C.Hasil, as a
 * DPRD form has. No results: every TPS is there to be keyed.
 */
public final class PartyListWorkspace {
  public static final String CONTEST = "pdprdp";

  private PartyListWorkspace() {}

  /** The demo's official PPWP election, with the parties and one DPRD Provinsi dapil added. */
  private static ElectionBuilder election() {
    ElectionBuilder election =
        ElectionBuilder.election("pemilu-2024", "Pemilu 2024")
            .maxVotersPerTps(300)
            .ballotReservePercent(2.0)
            .mode("official");
    ElectionBuilder.PEMILU_2024_PARTIES.forEach(
        p -> election.party(p.number(), p.abbr(), p.name()));
    election
        .candidates("ppwp", "Presiden dan Wakil Presiden")
        .candidate(
            1, "100025", "H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR")
        .candidate(2, "100026", "H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA")
        .candidate(3, "100027", "H. GANJAR PRANOWO, S.H., M.I.P. - Prof. Dr. H. M. MAHFUD MD");
    ElectionBuilder.Dapil dapil =
        election
            .partyLists(CONTEST, "DPRD Provinsi")
            .dapil("DKI-1", "DKI JAKARTA 1", 12, List.of(DemoData.REGION));
    int sirekapId = 300_001;
    for (ElectionBuilder.Party p : ElectionBuilder.PEMILU_2024_PARTIES) {
      ElectionBuilder.Candidates list = dapil.list(p.number());
      int size = 12 - p.number() % 5;
      for (int n = 1; n <= size; n++) {
        list.candidate(
            n,
            Integer.toString(sirekapId++),
            "CALON " + p.abbr() + " NOMOR " + n,
            n % 3 == 0 ? "P" : "L");
      }
    }
    return election;
  }

  /**
   * Creates the workspace in the folder, with the demo users (password {@link
   * id.rekap.core.demo.DemoData#PASSWORD}).
   */
  public static Workspace create(Path folder) {
    try {
      Path data = Files.createTempDirectory("rekap-party-list");
      DemoData.extract(data);
      Path file = election().write(data.resolve("pemilu-2024-dprd.json"));
      char[] pw = DemoData.PASSWORD.toCharArray();
      Workspace ws =
          CreateWorkspace.run(
              folder,
              new CreateWorkspace.Request(
                  WorkspaceLevel.KABKOTA, DemoData.REGION, file, "KPU KEPULAUAN SERIBU"),
              new CreateWorkspace.FirstAdmin("admin", pw.clone()),
              Demo.CLOCK);
      var users = ws.users();
      var admin = users.login("admin", pw.clone());
      String temporary = "kertas-sementara-3";
      for (var person :
          List.of(
              Map.entry("ani", Role.OPERATOR),
              Map.entry("budi", Role.OPERATOR),
              Map.entry("citra", Role.VERIFIER),
              Map.entry("ketua", Role.CHAIR))) {
        users.add(admin, person.getKey(), person.getValue(), temporary.toCharArray());
        users.changePassword(person.getKey(), temporary.toCharArray(), pw.clone());
      }
      ws.importRegions(users.login("ketua", pw.clone()), List.of(data.resolve(DemoData.REGIONS)));
      return ws;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
