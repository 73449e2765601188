package id.rekap.core.revote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.Marking;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 5 and requirement 4: a TPS result marked as a re-vote (Sirekap's {@code
 * psu}, or declared by the clerk) replaces every earlier result of that TPS, with the kind and the
 * reason recorded; the earlier result stays in the history, in the audit log and on the D.Kejadian.
 * On the real Kepulauan Seribu sample: TPS 001 of Pulau Panggang (228 valid votes, 83 / 107 / 38)
 * votes again.
 */
class RevoteTest {
  private static final String TPS = "3101011001001";

  @TempDir Path dir;
  private Workspace ws;
  private String real;

  @BeforeEach
  void sample() throws Exception {
    ws = Workspaces.sample(dir.resolve("ws"));
    real =
        Files.readString(Workspaces.demoFiles().resolve(DemoData.RESULTS).resolve(TPS + ".json"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aPsuMarkedBySirekapReplacesTheEarlierResultWithHistory() throws Exception {
    TpsResult earlier = only(ws, TPS);
    assertThat(earlier.admin().get(AdminField.VALID)).isEqualTo(228);
    Path psu = revoteFile("psu", TPS, "PSU", 90, 120, 30);

    ImportSummary s = Workspaces.importFiles(ws, psu);
    assertThat(s.refused()).isEmpty();
    assertThat(s.conflicts()).isEmpty();
    assertThat(s.revoted()).isEqualTo(1);

    // the recap counts the re-vote
    RecapRow row = tpsRow(ws, TPS);
    assertThat(row.tally().votes(VoteKey.candidate(2))).isEqualTo(120L);
    assertThat(row.tally().admin(AdminField.VALID)).isEqualTo(240L);

    // the earlier result is kept, unchanged, with the kind and who marked it
    Revote r = ws.revotes().of(new TpsCode(TPS), ContestCode.PPWP).getFirst();
    assertThat(r.kind()).isEqualTo(RevoteKind.PSU);
    assertThat(r.markedBy()).isEqualTo(Revote.Marker.SIREKAP);
    assertThat(r.superseded()).containsExactly(earlier);

    // both in the audit log: the first import, then the re-vote naming what it replaced
    List<AuditEvent> events = events(ws);
    assertThat(events)
        .filteredOn(e -> e.action().equals("result.import") && e.payload().contains(TPS))
        .extracting(e -> json(e.payload()).get("digest").asText())
        .containsExactly(earlier.digest(), only(ws, TPS).digest());
    AuditEvent revote =
        events.stream().filter(e -> e.action().equals("result.revote")).findFirst().orElseThrow();
    JsonNode p = json(revote.payload());
    assertThat(p.get("kind").asText()).isEqualTo("psu");
    assertThat(p.get("markedBy").asText()).isEqualTo("sirekap");
    assertThat(p.get("supersedes").get("sirekap").asText()).isEqualTo(earlier.digest());
    assertThat(ws.verifyAudit().run().ok()).isTrue();

    // and on the D.Kejadian, with the earlier numbers
    List<List<String>> entries = dKejadianRows(ws);
    assertThat(entries)
        .anySatisfy(
            cells -> {
              // the session's D.Kejadian: number, time, kind, contest, place in words, by, text
              assertThat(cells.get(2)).isEqualTo("Pemungutan suara ulang (PSU)");
              assertThat(cells.get(3)).isEqualTo("PPWP");
              assertThat(cells.get(4)).startsWith("TPS 001, Kel./Desa ");
              assertThat(cells.get(5)).isEqualTo("Ditandai di Sirekap");
              assertThat(cells.get(6))
                  .contains("Hasil sebelumnya (sumber Sirekap)", "suara sah 228", "(2) 107");
            });

    // the same file again changes nothing; the earlier file, unmarked, is not taken back
    var before = StoreDump.of(ws);
    assertThat(Workspaces.importFiles(ws, psu).unchanged()).isEqualTo(1);
    Path old = dir.resolve("old/ppwp/" + TPS + ".json");
    Files.createDirectories(old.getParent());
    Files.writeString(old, real);
    ImportSummary back = Workspaces.importFiles(ws, old);
    assertThat(back.conflicts())
        .singleElement()
        .extracting(ImportSummary.Conflict::why)
        .isEqualTo(ImportSummary.Why.REVOTED);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void aReVoteDeclaredOnImportRecordsTheClerksReason() throws Exception {
    String tps = "3101011001002";
    TpsResult earlier = only(ws, tps);
    Path file = revoteFile("psl", tps, null, 50, 60, 70);
    ImportSummary s =
        Workspaces.importResults(
            ws,
            new ImportRequest(
                List.of(file),
                Optional.empty(),
                Source.SIREKAP,
                false,
                Optional.empty(),
                Optional.of(
                    new ImportRequest.RevoteDeclared(
                        RevoteKind.PSL, "Pemungutan dihentikan karena banjir"))));
    assertThat(s.revoted()).isEqualTo(1);
    Revote r = ws.revotes().latest(new TpsCode(tps), ContestCode.PPWP).orElseThrow();
    assertThat(r.kind()).isEqualTo(RevoteKind.PSL);
    assertThat(r.markedBy()).isEqualTo(Revote.Marker.CLERK);
    assertThat(r.reason()).isEqualTo("Pemungutan dihentikan karena banjir");
    assertThat(r.superseded()).containsExactly(earlier);
    assertThat(dKejadianRows(ws))
        .anySatisfy(
            cells ->
                assertThat(cells.get(6)).endsWith("Alasan: Pemungutan dihentikan karena banjir"));
  }

  @Test
  void theChairDeclaresAReVoteAndItsPlanoIsKeyedAfterwards() {
    PlenaryUsers users = PlenaryUsers.add(ws);
    User budi = PlenaryUsers.person(ws, users.admin(), "budi", Role.OPERATOR);
    TpsCode tps = new TpsCode("3101011001003");
    TpsResult earlier = only(ws, tps.value());

    // an operator cannot; the chair can, with a reason
    assertThat(
            catchThrowableOfType(
                    RekapException.class,
                    () ->
                        ws.revotes()
                            .declare(
                                users.operator(),
                                new Revotes.Declaration(
                                    tps, ContestCode.PPWP, RevoteKind.PSU, "x")))
                .key())
        .isEqualTo("user.error.notAllowed");
    Revote r =
        ws.revotes()
            .declare(
                users.chair(),
                new Revotes.Declaration(
                    tps, ContestCode.PPWP, RevoteKind.PSU, "Rekomendasi Panwaslu: pemilih ganda"));
    assertThat(r.superseded()).containsExactly(earlier);
    assertThat(r.declaredBy()).isEqualTo("user:ketua");
    assertThat(tpsRow(ws, tps.value()).received()).isZero();

    Map<String, Integer> v = new LinkedHashMap<>();
    v.put("choices.1", 70);
    v.put("choices.2", 100);
    v.put("choices.3", 20);
    v.put("valid", 190);
    v.put("invalid", 2);
    v.put("total", 192);
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    var form = KeyedForm.filled(contest, tps, Source.CHASIL, v);
    ws.entry().key(users.operator(), form);
    assertThat(ws.entry().key(budi, form).state()).isEqualTo(KeyedEntry.State.COUNTED);
    assertThat(tpsRow(ws, tps.value()).tally().admin(AdminField.VALID)).isEqualTo(190L);
  }

  @Test
  void anAdoptedTpsIsNotReVotedHere() {
    PlenaryUsers users = PlenaryUsers.add(ws);
    TpsCode tps = new TpsCode("3101011001005");
    ws.adoptions().adopt(users.chair(), ContestCode.PPWP, tps.value(), "diterima pleno");
    var before = StoreDump.of(ws);
    RekapException e =
        catchThrowableOfType(
            RekapException.class,
            () ->
                ws.revotes()
                    .declare(
                        users.chair(),
                        new Revotes.Declaration(tps, ContestCode.PPWP, RevoteKind.PSU, "alasan")));
    assertThat(e.key()).isEqualTo("revote.error.adopted");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void aReVoteOnAnAdoptedTpsIsDeclaredAfterTheChairReOpensIt() {
    PlenaryUsers users = PlenaryUsers.add(ws);
    TpsCode tps = new TpsCode("3101011001005");
    ws.adoptions().adopt(users.chair(), ContestCode.PPWP, tps.value(), "diterima pleno");
    var declaration =
        new Revotes.Declaration(tps, ContestCode.PPWP, RevoteKind.PSU, "kotak suara rusak");
    assertThat(
            catchThrowableOfType(
                    RekapException.class, () -> ws.revotes().declare(users.chair(), declaration))
                .key())
        .isEqualTo("revote.error.adopted");

    assertThat(
            ws.adoptions()
                .reopen(
                    users.chair(), ContestCode.PPWP, tps.value(), "Panwaslu merekomendasikan PSU"))
        .startsWith(tps.value());
    Revote r = ws.revotes().declare(users.chair(), declaration);

    assertThat(r.kind()).isEqualTo(RevoteKind.PSU);
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, tps.value())).isFalse();
    assertThat(WorkspaceInternals.database(ws).results().of(tps, ContestCode.PPWP)).isEmpty();
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  /** The real file of a TPS with other numbers (valid, total and voters to match). */
  private Path revoteFile(String folder, String tps, String psu, int a, int b, int c)
      throws Exception {
    String source =
        Files.readString(Workspaces.demoFiles().resolve(DemoData.RESULTS).resolve(tps + ".json"));
    ObjectNode doc = (ObjectNode) Json.mapper().readTree(source);
    ObjectNode chart = (ObjectNode) doc.get("chart");
    chart.put("100025", a);
    chart.put("100026", b);
    chart.put("100027", c);
    ObjectNode admin = (ObjectNode) doc.get("administrasi");
    int invalid = admin.get("suara_tidak_sah").asInt();
    admin.put("suara_sah", a + b + c);
    admin.put("suara_total", a + b + c + invalid);
    if (psu == null) {
      doc.putNull("psu");
    } else {
      doc.put("psu", psu);
    }
    Path f = dir.resolve(folder).resolve("ppwp").resolve(tps + ".json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, Json.mapper().writeValueAsString(doc));
    return f;
  }

  private static TpsResult only(Workspace ws, String tps) {
    List<TpsResult> all =
        WorkspaceInternals.database(ws)
            .transactions()
            .inTransaction(
                () ->
                    WorkspaceInternals.database(ws)
                        .results()
                        .of(new TpsCode(tps), ContestCode.PPWP));
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  private static RecapRow tpsRow(Workspace ws, String tps) {
    return ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).stream()
        .filter(r -> r.code().equals(tps))
        .findFirst()
        .orElseThrow();
  }

  private static List<List<String>> dKejadianRows(Workspace ws) {
    ReportSettings settings =
        new ReportSettings(
            List.of(), Marking.of(false, ElectionDefinition.Mode.OFFICIAL), TestClock.FIXED, "uji");
    FormDocument form = ws.reports().dKejadian(null, null, settings);
    List<List<String>> out = new ArrayList<>();
    FormBlock.Listing entries = (FormBlock.Listing) form.body().getFirst();
    for (FormTable.Row r : entries.table().rows()) {
      if (r.kind() == FormTable.Kind.DATA) {
        out.add(r.cells().stream().map(String::valueOf).toList());
      }
    }
    return out;
  }

  private static List<AuditEvent> events(Workspace ws) {
    List<AuditEvent> out = new ArrayList<>();
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).auditLog(TestClock.FIXED).forEach(out::add));
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
