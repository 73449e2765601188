package id.rekap.core.workspace;

import id.rekap.core.common.Actor;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.region.RegionCode;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.Database;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Use case: create a workspace for one tally centre. Everything is validated before anything is
 * created; if creation fails half-way, what was created is removed again.
 */
public final class CreateWorkspace {
  private CreateWorkspace() {}

  /** The parameters of {@code rekap init}. */
  public record Request(WorkspaceLevel level, String region, Path electionFile, String name) {}

  public static Workspace run(Path folder, Request request, Clock clock, Actor actor) {
    RegionCode region =
        RegionCode.parse(request.region())
            .filter(c -> c.level() == request.level().regionLevel())
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        "init.error.region",
                        request.region(),
                        request.level().id(),
                        request.level().regionLevel().digits()));
    byte[] content = JsonInput.readBounded(request.electionFile(), 32L << 20);
    ElectionDefinition election = ElectionDefinitionParser.parse(request.electionFile(), content);
    if (Database.exists(folder)) {
      throw RekapException.state("init.error.exists", folder);
    }
    boolean created = !Files.exists(folder);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw RekapException.state("init.error.folder", folder, e.getMessage());
    }
    Database db = null;
    try {
      db = Database.open(folder, true);
      String name =
          request.name() == null || request.name().isBlank()
              ? defaultName(request.level(), region)
              : request.name().strip();
      WorkspaceInfo info =
          new WorkspaceInfo(
              request.level(),
              region,
              name,
              election.id(),
              election.mode().id(),
              election.canonicalJson(),
              Sha256.hex(content),
              clock.instant().toString());
      Database opened = db;
      db.transactions()
          .run(
              () -> {
                opened.workspaceInfo().save(info);
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("level", info.level().id());
                payload.put("region", info.region().value());
                payload.put("name", info.name());
                payload.put("election", info.electionId());
                payload.put("mode", info.electionMode());
                payload.put("electionSha256", info.electionSha256());
                opened.auditLog(clock).append(actor, "workspace.init", payload);
              });
      return new Workspace(folder, db, clock);
    } catch (RuntimeException e) {
      if (db != null) {
        db.close();
      }
      cleanUp(folder, created);
      throw e;
    }
  }

  private static String defaultName(WorkspaceLevel level, RegionCode region) {
    return (level == WorkspaceLevel.KECAMATAN ? "PPK " : "KPU Kab/Kota ") + region.dotted();
  }

  private static void cleanUp(Path folder, boolean removeFolder) {
    try {
      for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
        Files.deleteIfExists(folder.resolve(Database.FILE_STEM + suffix));
      }
      Files.deleteIfExists(folder.resolve(Database.SECRET_FILE));
      if (removeFolder) {
        try (Stream<Path> s = Files.walk(folder)) {
          s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException ignored) {
      // Best effort: the original failure is what the user needs to see.
    }
  }
}
