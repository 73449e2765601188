package id.rekap.core.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.VoteKey;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4, acceptance 4 and 5, and adoption: corrections, objections, adoption and its lock. */
class PlenaryTest {
  /** Clean in the real sample: no ERROR finding. */
  static final TpsCode CLEAN = new TpsCode("3101021001001");

  /** With real Sirekap reading errors (R3, R5). */
  static final TpsCode FAULTY = new TpsCode("3101011001001");

  @TempDir Path dir;
  private Workspace ws;
  private User chair;
  private User operator;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    var users = PlenaryUsers.add(ws);
    chair = users.chair();
    operator = users.operator();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private long votes2(TpsCode tps) {
    return ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).stream()
        .filter(r -> r.code().equals(tps.value()))
        .findFirst()
        .orElseThrow()
        .tally()
        .votes(VoteKey.candidate(2));
  }

  @Test
  void aCorrectionNeedsReasonEvidenceProposerAndTheChair() {
    ws.adoptions().adopt(chair, ContestCode.PPWP, CLEAN.value(), null);
    var request =
        new Corrections.Request(
            CLEAN,
            ContestCode.PPWP,
            Map.of("choices.2", 100),
            "hitung ulang disaksikan",
            Evidence.RECOUNT,
            "saksi paslon 02");
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.corrections().correct(operator, request))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(
            () ->
                ws.corrections()
                    .correct(
                        chair,
                        new Corrections.Request(
                            CLEAN,
                            ContestCode.PPWP,
                            Map.of("choices.2", 100),
                            " ",
                            Evidence.RECOUNT,
                            "saksi")))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(
            () ->
                ws.corrections()
                    .correct(
                        chair,
                        new Corrections.Request(
                            CLEAN,
                            ContestCode.PPWP,
                            Map.of("choices.2", 100),
                            "alasan",
                            null,
                            "saksi")))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(
            () ->
                ws.corrections()
                    .correct(
                        chair,
                        new Corrections.Request(
                            CLEAN,
                            ContestCode.PPWP,
                            Map.of("choices.2", 100),
                            "alasan",
                            Evidence.PLANO,
                            "")))
        .isInstanceOf(RekapException.class);
    assertThat(StoreDump.of(ws)).isEqualTo(before);

    long old = votes2(CLEAN);
    ws.corrections().correct(chair, request);
    assertThat(votes2(CLEAN)).isEqualTo(100);
    var applied = AuditEvents.newest(ws, AuditAction.CORRECTION_APPLY, "user:ketua");
    assertThat(applied.path("tps").asText()).isEqualTo(CLEAN.value());
    assertThat(applied.path("contest").asText()).isEqualTo("ppwp");
    assertThat(applied.path("fields").toString())
        .isEqualTo("{\"choices.2\":{\"new\":100,\"old\":" + old + "}}");
    assertThat(applied.path("evidence").asText()).isEqualTo(Evidence.RECOUNT.id());
    assertThat(applied.path("proposedBy").asText()).isEqualTo("saksi paslon 02");
    var history = ws.corrections().history(CLEAN, ContestCode.PPWP);
    assertThat(history)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.field()).isEqualTo("choices.2");
              assertThat(h.oldValue()).isEqualTo((int) old);
              assertThat(h.newValue()).isEqualTo(100);
              assertThat(h.approvedBy()).isEqualTo("ketua");
              assertThat(h.proposedBy()).isEqualTo("saksi paslon 02");
            });
    // The old value stays visible: the Sirekap result is still stored and differs (R19).
    assertThat(ws.check().run().findingsAt(CLEAN.value()))
        .anyMatch(f -> f.rule().equals("R19") && f.values().get("sirekap").equals(old));
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void adoptionIsBottomUpNeedsADecisionForErrorsAndLocksTheNumbers() {
    assertThatThrownBy(() -> ws.adoptions().adopt(operator, ContestCode.PPWP, CLEAN.value(), null))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(() -> ws.adoptions().adopt(chair, ContestCode.PPWP, FAULTY.value(), null))
        .isInstanceOf(RekapException.class)
        .hasMessageContaining("R5");
    ws.adoptions()
        .adopt(
            chair,
            ContestCode.PPWP,
            FAULTY.value(),
            "C.Hasil plano dibacakan: angka Sirekap salah baca; dikoreksi kemudian");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, FAULTY.value())).isTrue();
    assertThatThrownBy(() -> ws.adoptions().adopt(chair, ContestCode.PPWP, "3101011001", null))
        .as("a desa with TPS held is adopted only in part, and only when the chair says so")
        .isInstanceOf(RekapException.class)
        .hasMessageContaining("3101011001004: belum ada hasil")
        .hasMessageContaining("--partial");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, "3101011001002")).isFalse();
    // Locked: a keyed plano for the adopted TPS is refused; only a correction changes it.
    var form =
        id.rekap.core.entry.KeyedForm.filled(
            ws.election().contest(ContestCode.PPWP).orElseThrow(),
            FAULTY,
            Source.CHASIL,
            Map.of("total", 292));
    assertThatThrownBy(() -> ws.entry().key(operator, form)).isInstanceOf(RekapException.class);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void anImportCannotChangeAnAdoptedTps() throws Exception {
    ws.adoptions().adopt(chair, ContestCode.PPWP, CLEAN.value(), null);
    Path dirFile = dir.resolve("new/ppwp/" + CLEAN.value() + ".json");
    java.nio.file.Files.createDirectories(dirFile.getParent());
    java.nio.file.Files.writeString(
        dirFile,
        "{\"chart\": {\"100025\": 1, \"100026\": 2, \"100027\": 3}, \"status_suara\": true}");
    var summary =
        ws.importResults()
            .run(
                Workspaces.CLERK,
                new ImportRequest(
                    List.of(dirFile),
                    java.util.Optional.empty(),
                    Source.CHASIL,
                    false,
                    java.util.Optional.empty()),
                ImportResults.Progress.NONE);
    assertThat(summary.imported()).isZero();
    assertThat(summary.conflicts()).hasSize(1);
  }

  @Test
  void objectionsAndEventsAreKeptWithTheirDecisions() {
    long a =
        ws.objections()
            .record(
                operator,
                Objections.Kind.KEBERATAN,
                ContestCode.PPWP,
                FAULTY.value(),
                "Saksi paslon 01",
                "Jumlah suara tidak sama dengan pengguna hak pilih");
    long b =
        ws.objections()
            .record(
                operator,
                Objections.Kind.KEJADIAN,
                null,
                "3101",
                "PPK",
                "Listrik padam 30 menit pukul 02.10");
    long c =
        ws.objections()
            .record(
                operator,
                Objections.Kind.KEBERATAN,
                ContestCode.PPWP,
                "3101011001",
                "Saksi paslon 03",
                "Minta hitung ulang desa");
    assertThatThrownBy(
            () -> ws.objections().respond(operator, a, "x", Objections.Decision.ACCEPTED))
        .isInstanceOf(RekapException.class);
    ws.objections()
        .respond(chair, a, "Dikoreksi dengan C.Hasil plano", Objections.Decision.ACCEPTED);
    ws.objections()
        .respond(
            chair,
            c,
            "Plano dan salinan sama; tidak ada dasar hitung ulang",
            Objections.Decision.REJECTED);
    assertThat(ws.objections().list(""))
        .extracting(PlenaryRepository.ObjectionRow::id)
        .containsExactly(a, b, c);
    assertThat(ws.objections().list(FAULTY.value()))
        .singleElement()
        .satisfies(o -> assertThat(o.decision()).isEqualTo(Objections.Decision.ACCEPTED));
    assertThat(ws.objections().list("3101011001"))
        .extracting(PlenaryRepository.ObjectionRow::decision)
        .containsExactly(Objections.Decision.ACCEPTED, Objections.Decision.REJECTED);
    assertThatThrownBy(
            () ->
                ws.objections()
                    .record(operator, Objections.Kind.KEJADIAN, null, "3201", "PPK", "x"))
        .isInstanceOf(RekapException.class);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }
}
