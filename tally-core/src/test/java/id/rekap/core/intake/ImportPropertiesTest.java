package id.rekap.core.intake;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.Source;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.RawSirekap;
import id.rekap.core.support.RealSample;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of importing, checked with seeded random loops over the real files: the order of
 * import never changes a total; importing the same numbers again changes nothing at all; different
 * numbers for a TPS that has Sirekap data are a reported conflict and are not applied.
 */
class ImportPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static List<Path> files;
  private static Map<String, RawSirekap.TpsValues> raw;

  @TempDir Path dir;

  @BeforeAll
  static void readFiles() throws IOException {
    try (Stream<Path> s = Files.list(Workspaces.demoFiles().resolve(DemoData.RESULTS))) {
      files = s.sorted().toList();
    }
    raw = RealSample.read(Workspaces.demoFiles()).tps();
  }

  @Test
  void importOrderDoesNotChangeAnyTotal() {
    Map<String, Object> reference;
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("reference"))) {
      Workspaces.importFiles(ws, Workspaces.demoFiles().resolve(DemoData.RESULTS));
      reference = snapshot(ws);
    }
    Random random = new Random(7);
    for (int round = 0; round < 3; round++) {
      List<Path> order = new ArrayList<>(files);
      Collections.shuffle(order, random);
      try (Workspace ws = Workspaces.regionsOnly(dir.resolve("order-" + round))) {
        for (Path f : order) {
          ImportSummary s = Workspaces.importFiles(ws, f);
          assertThat(s.refused()).isEmpty();
          assertThat(s.conflicts()).isEmpty();
        }
        assertThat(snapshot(ws)).as("round %d, order %s", round, order).isEqualTo(reference);
      }
    }
  }

  @Test
  void reimportingTheSameFilesIsANoOp() throws IOException {
    Random random = new Random(11);
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      var head = ws.verifyAudit().run().headHash();
      for (int round = 0; round < 4; round++) {
        List<Path> subset = new ArrayList<>(files);
        Collections.shuffle(subset, random);
        subset = subset.subList(0, 1 + random.nextInt(subset.size()));
        // the second half of the rounds uses a re-downloaded copy: other path, same numbers
        if (round >= 2) {
          subset = copies(subset, dir.resolve("copy-" + round).resolve("ppwp"));
        }
        ImportSummary s = Workspaces.importResults(ws, ImportRequest.of(subset));
        long received = subset.stream().filter(ImportPropertiesTest::received).count();
        assertThat(s.applied()).isTrue();
        assertThat(s.imported()).isZero();
        assertThat(s.corrected()).isZero();
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.refused()).isEmpty();
        assertThat(s.unchanged()).isEqualTo(received);
        assertThat(s.notDigitised()).isEqualTo(subset.size() - received);
        assertThat(ws.verifyAudit().run().headHash()).isEqualTo(head);
        assertThat(StoreDump.of(ws)).isEqualTo(before);
      }
    }
  }

  @Test
  void aDifferentFileForATpsWithSirekapDataIsAConflictAndNotApplied() throws IOException {
    Random random = new Random(13);
    List<Path> received = files.stream().filter(ImportPropertiesTest::received).toList();
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      var head = ws.verifyAudit().run().headHash();
      for (int round = 0; round < 12; round++) {
        Path original = received.get(random.nextInt(received.size()));
        Path changed = changed(original, random, dir.resolve("round-" + round));
        ImportSummary s = Workspaces.importFiles(ws, changed);
        String tps = tps(original);
        assertThat(s.applied()).isTrue();
        assertThat(s.imported() + s.corrected() + s.unchanged()).isZero();
        assertThat(s.conflicts())
            .as("round %d, %s", round, changed)
            .containsExactly(new ImportSummary.Conflict(changed, tps, "ppwp", "sirekap"));
        assertThat(ws.verifyAudit().run().headHash()).isEqualTo(head);
        assertThat(StoreDump.of(ws)).isEqualTo(before);
      }
    }
  }

  /**
   * A first file for a TPS: one event naming the TPS, the file and the row it stored (ADR 0040).
   */
  @Test
  void aNewTpsFileIsRecordedWithItsFileAndTheRowsDigest() throws IOException {
    Path file = Workspaces.demoFiles().resolve(DemoData.RESULTS).resolve("3101011001001.json");
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      assertThat(Workspaces.importFiles(ws, file).imported()).isEqualTo(1);
      String digest =
          WorkspaceInternals.database(ws)
              .dsl()
              .select(TPS_RESULT.DIGEST)
              .from(TPS_RESULT)
              .where(TPS_RESULT.TPS_CODE.eq("3101011001001"))
              .fetchOne()
              .value1();
      Map<String, Object> event = new java.util.LinkedHashMap<>();
      event.put("tps", "3101011001001");
      event.put("contest", "ppwp");
      event.put("source", Source.SIREKAP.id());
      event.put("file", file.toString());
      event.put("sha256", Sha256.hex(Files.readAllBytes(file)));
      event.put("digest", digest);
      assertThat(AuditEvents.last(ws, AuditAction.RESULT_IMPORT, "user:petugas"))
          .isEqualTo(AuditEvents.tree(event));
    }
  }

  @Test
  void aConflictingFileImportedAsACorrectionWithAReasonReplacesTheNumbers() throws IOException {
    Path original = Workspaces.demoFiles().resolve(DemoData.RESULTS).resolve("3101011001001.json");
    ObjectNode root = (ObjectNode) MAPPER.readTree(original.toFile());
    ((ObjectNode) root.get("chart")).put("100025", 84); // was 83
    Path corrected = dir.resolve("koreksi").resolve("ppwp").resolve("3101011001001.json");
    Files.createDirectories(corrected.getParent());
    MAPPER.writeValue(corrected.toFile(), root);
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      ImportSummary s =
          Workspaces.importResults(
              ws,
              new ImportRequest(
                  List.of(corrected),
                  Optional.empty(),
                  Source.SIREKAP,
                  false,
                  Optional.of("Koreksi pleno PPK: salah baca angka")));
      assertThat(s.corrected()).isEqualTo(1);
      assertThat(s.conflicts()).isEmpty();
      var dsl = WorkspaceInternals.database(ws).dsl();
      var last = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
      assertThat(last.getAction()).isEqualTo("result.correct");
      assertThat(last.getPayload()).contains("Koreksi pleno PPK", "\"replaces\"");
      assertThat(
              dsl.select(TPS_RESULT.ORIGIN)
                  .from(TPS_RESULT)
                  .where(TPS_RESULT.TPS_CODE.eq("3101011001001"))
                  .fetchOne()
                  .value1())
          .isEqualTo(corrected.toString());
      var row = ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).getFirst();
      assertThat(row.tally().votes(1)).isEqualTo(84L);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }

  /** Everything a user can see of the results: the recap at every level, status, stored rows. */
  private static Map<String, Object> snapshot(Workspace ws) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (RecapLevel level : RecapLevel.values()) {
      var contest = ws.recap().contest(ContestCode.PPWP);
      out.put(
          level.id(),
          Json.canonical(
              RecapDocument.of(contest, level, ws.recap().run(ContestCode.PPWP, level))));
    }
    out.put("status", ws.status().run());
    out.put("tps_result", StoreDump.of(ws).get("TPS_RESULT"));
    return out;
  }

  /**
   * A copy of a received file with one number changed, set to null, or its admin block dropped:
   * each of these is different data for the TPS.
   */
  private static Path changed(Path original, Random random, Path dir) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(original.toFile());
    ObjectNode chart = (ObjectNode) root.get("chart");
    JsonNode adm = root.get("administrasi");
    String candidate = List.of("100025", "100026", "100027").get(random.nextInt(3));
    int kind = adm != null && adm.isObject() ? random.nextInt(4) : random.nextInt(2);
    switch (kind) {
      case 0 -> chart.put(candidate, chart.get(candidate).asInt() + 1 + random.nextInt(50));
      case 1 -> chart.putNull(candidate);
      case 2 -> {
        List<String> keys = new ArrayList<>(RawSirekap.ADMIN.values());
        String key = keys.get(random.nextInt(keys.size()));
        ((ObjectNode) adm).put(key, adm.path(key).asInt() + 1);
      }
      default -> root.putNull("administrasi");
    }
    Path out = dir.resolve("ppwp").resolve(original.getFileName());
    Files.createDirectories(out.getParent());
    MAPPER.writeValue(out.toFile(), root);
    return out;
  }

  private static List<Path> copies(List<Path> subset, Path target) throws IOException {
    Files.createDirectories(target);
    List<Path> out = new ArrayList<>();
    for (Path f : subset) {
      // reformatted on the way, as a different download tool would write it
      Path copy = target.resolve(f.getFileName());
      MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValue(copy.toFile(), MAPPER.readTree(f.toFile()));
      out.add(copy);
    }
    return out;
  }

  private static boolean received(Path f) {
    return raw.get(tps(f)).received();
  }

  private static String tps(Path f) {
    return f.getFileName().toString().replace(".json", "");
  }
}
