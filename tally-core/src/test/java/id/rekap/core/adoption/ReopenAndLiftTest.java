package id.rekap.core.adoption;

import static id.rekap.core.adoption.AdoptionSupport.lastPayload;
import static id.rekap.core.adoption.AdoptionSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.Marking;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3: a kecamatan adopted at kab/kota level in one decision; a TPS re-opened with the
 * chair's reason (it and what is above go back to DRAFT with it, the rest stays; kept in the
 * history); and the interplay with lifting: a correction lifts, and the plenary's ruling on the old
 * numbers no longer counts.
 */
class ReopenAndLiftTest {
  static final ContestCode PPWP = ContestCode.PPWP;
  static final RegionCode SELATAN = new RegionCode("310102");
  static final String DESA = "3101021002";
  static final String TPS = "3101021002005";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-20T09:00:00Z"), ZoneId.of("UTC"));

  /** The TPS of Kepulauan Seribu Selatan with real ERROR findings, and the plenary's rulings. */
  static final Map<String, String> RULINGS =
      Map.of(
          "3101021001006", "Pleno: DPT dibaca dari plano",
          "3101021002001", "Pleno: DPT dibaca dari plano",
          "3101021002004", "Pleno: suara sah dibaca dari plano",
          "3101021002012", "Pleno: pemilih dibaca dari plano",
          "3101021003001", "Pleno: angka plano dibacakan",
          "3101021003002", "Pleno: angka plano dibacakan");

  @TempDir Path dir;
  private Workspace ws;
  private User chair;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    chair = PlenaryUsers.add(ws).chair();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Adoptions.Outcome adoptSelatan() {
    return ws.adoptions()
        .decide(
            chair,
            new Adoptions.Request(
                PPWP, SELATAN.value(), "Pleno KPU Kab. 21 Februari", RULINGS, false, null));
  }

  private Marking marking() {
    return ws.reports().settings(PPWP, SELATAN, List.of(), CLOCK, "t").marking();
  }

  @Test
  void aKecamatanIsAdoptedInOneDecisionAndATpsReopenedWithTheReasonGoesBackToDraft() {
    var first = adoptSelatan();
    assertThat(first.plan().scope()).isEqualTo(AdoptionPlan.Scope.SWEEP);
    assertThat(first.plan().complete()).isTrue();
    assertThat(first.plan().tpsCount(PlanItem.Status.ADOPT)).isEqualTo(35);
    assertThat(first.plan().adopting())
        .extracting(PlanItem::code)
        .contains("3101021001", DESA, "3101021003")
        .endsWith(SELATAN.value());
    assertThat(marking()).isEqualTo(Marking.OFFICIAL);
    String kecDigest = ws.adoptions().stamp(PPWP, SELATAN.value()).digest();

    String reason = "Saksi paslon 02 minta hitung ulang; kotak suara dibuka besok";
    Map<String, String> digests = new TreeMap<>();
    for (String code : List.of(TPS, DESA, SELATAN.value())) {
      digests.put(code, ws.adoptions().stamp(PPWP, code).digest());
    }
    assertThat(ws.adoptions().reopen(chair, PPWP, TPS, reason))
        .containsExactly(TPS, DESA, SELATAN.value());

    for (String code : List.of(TPS, DESA, SELATAN.value())) {
      var stamp = ws.adoptions().stamp(PPWP, code);
      assertThat(stamp.state()).as(code).isEqualTo(AdoptionStamp.State.LIFTED);
      assertThat(stamp.liftedReason()).isEqualTo("dibuka kembali: " + reason);
    }
    // the rest stays adopted
    assertThat(ws.adoptions().isAdopted(PPWP, "3101021002006")).isTrue();
    assertThat(ws.adoptions().isAdopted(PPWP, "3101021001")).isTrue();
    var form =
        ws.reports()
            .dHasil(
                PPWP, SELATAN, null, ws.reports().settings(PPWP, SELATAN, List.of(), CLOCK, "t"));
    assertThat(form.marking()).isEqualTo(Marking.DRAFT);
    assertThat(form.stampText()).contains("dicabut").contains("dibuka kembali: " + reason);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("contest", "ppwp");
    expected.put("code", TPS);
    expected.put("decision", 2);
    expected.put("reason", reason);
    expected.put("reopened", digests);
    assertThat(lastPayload(ws, "adoption.reopen")).isEqualTo(tree(expected));
    assertThat(ws.adoptions().history(PPWP, TPS))
        .extracting(Decision::kind, Decision::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Decision.Kind.ADOPT, "Pleno KPU Kab. 21 Februari"),
            org.assertj.core.groups.Tuple.tuple(Decision.Kind.REOPEN, reason));

    // adopted again: only what was re-opened is written; the rulings still hold (same numbers)
    var again =
        ws.adoptions().decide(chair, Adoptions.Request.of(PPWP, SELATAN.value(), "Pleno lanjutan"));
    assertThat(again.plan().adopting())
        .extracting(PlanItem::code)
        .containsExactly(TPS, DESA, SELATAN.value());
    assertThat(ws.adoptions().stamp(PPWP, SELATAN.value()).digest()).isEqualTo(kecDigest);
    assertThat(marking()).isEqualTo(Marking.OFFICIAL);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void aCorrectionLiftsAndTheRulingOnTheOldNumbersNoLongerCounts() {
    adoptSelatan();
    String ruled = "3101021002001";
    ws.corrections()
        .correct(
            chair,
            new Corrections.Request(
                new TpsCode(ruled),
                PPWP,
                Map.of("choices.1", 1),
                "hitung ulang",
                Evidence.RECOUNT,
                "saksi paslon 01"));
    var lifts =
        ws.adoptions().history(PPWP, ruled).stream()
            .filter(d -> d.kind() == Decision.Kind.LIFT)
            .toList();
    assertThat(lifts)
        .extracting(Decision::code)
        .containsExactlyInAnyOrder(ruled, DESA, SELATAN.value());
    assertThat(lifts).allSatisfy(d -> assertThat(d.text()).startsWith("koreksi TPS"));

    var plan = ws.adoptions().preview(PPWP, SELATAN.value(), Map.of());
    PlanItem item = plan.item(ruled).orElseThrow();
    assertThat(item.status()).isEqualTo(PlanItem.Status.BLOCKED);
    assertThat(item.blocks()).extracting(Block::reason).containsExactly(Reason.ERRORS);
    assertThat(item.lifted()).startsWith("koreksi TPS");
    assertThat(plan.item("3101021002002").orElseThrow().status())
        .isEqualTo(PlanItem.Status.ALREADY);
    assertThat(plan.leftOut())
        .extracting(PlanItem::code)
        .containsExactly(ruled, DESA, SELATAN.value());

    ws.adoptions()
        .decide(
            chair,
            new Adoptions.Request(
                PPWP,
                SELATAN.value(),
                null,
                Map.of(ruled, "Pleno: hasil hitung ulang diterima"),
                false,
                null));
    assertThat(marking()).isEqualTo(Marking.OFFICIAL);
  }
}
