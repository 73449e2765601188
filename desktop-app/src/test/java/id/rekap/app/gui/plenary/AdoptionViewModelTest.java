package id.rekap.app.gui.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Asker;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.election.ContestCode;
import id.rekap.core.support.StoreDump;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §3 on the demo (a KPU Kab/Kota over the real Kepulauan Seribu results): the chair adopts
 * a desa in one decision after one confirmation that names what is left out and why; the preview
 * lists the held TPS first with their reasons; a ruling lets a TPS with errors in; a re-opening
 * needs its reason and is kept in the history. Refusals change nothing.
 */
class AdoptionViewModelTest extends DemoWorkspaceTest {
  static final String DESA = "3101011001";

  /** Answers the confirmation as told and keeps what it was asked. */
  static final class Answers implements Asker {
    boolean yes = true;
    final List<String> asked = new ArrayList<>();

    @Override
    public Unsaved unsaved(String what) {
      return Unsaved.STAY;
    }

    @Override
    public boolean confirm(String question, List<String> doubts, String go) {
      asked.add(question);
      asked.addAll(doubts);
      return yes;
    }
  }

  @Test
  void aDesaIsAdoptedInOneDecisionWithWhatItLeavesOutNamedThenReOpenedWithAReason() {
    Answers answers = new Answers();
    session.asker(answers);
    PlenaryViewModel plenary = new PlenaryViewModel(session);
    AdoptionViewModel model = plenary.adoption();
    Demo.login(session, "ketua");
    plenary.focus(ContestCode.PPWP, DESA);

    assertThat(model.plan().get().place()).isEqualTo(DESA);
    assertThat(model.summary().get()).contains("PULAU PANGGANG", "31.01.01.1001", "tertahan");
    PlanItem first = model.items().getFirst();
    assertThat(first.status()).isEqualTo(PlanItem.Status.BLOCKED);
    PlanItem missing =
        model.items().stream()
            .filter(i -> i.code().equals(Demo.MISSING_TPS))
            .findFirst()
            .orElseThrow();
    assertThat(model.status(missing)).isEqualTo("Tertahan");
    assertThat(model.why(missing)).isEqualTo("belum ada hasil");
    assertThat(model.queue()).extracting(q -> q.code()).contains("310101", "310102", "3101");
    int ready = model.plan().get().tpsCount(PlanItem.Status.ADOPT);
    assertThat(ready).isPositive();

    // the chair says no at the confirmation: nothing changes
    var before = StoreDump.of(ws);
    answers.yes = false;
    model.note().set("Pleno KPU Kab. 20 Februari");
    model.adopt();
    assertThat(answers.asked.getFirst())
        .isEqualTo("Tetapkan PULAU PANGGANG (31.01.01.1001) dalam satu keputusan?");
    assertThat(answers.asked)
        .contains("  TPS 31.01.01.1001.004: belum ada hasil")
        .anyMatch(l -> l.contains("TPS") && l.contains("galat"))
        .anyMatch(l -> l.contains("tetap DRAFT"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);

    // yes: every ready TPS in one decision, the desa stays DRAFT
    answers.yes = true;
    model.adopt();
    assertThat(plenary.message().get())
        .startsWith("PULAU PANGGANG (31.01.01.1001) ditetapkan sebagian dalam keputusan #")
        .contains(ready + " TPS");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, DESA)).isFalse();
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, Demo.MISSING_TPS)).isFalse();
    PlanItem adopted =
        model.items().stream()
            .filter(i -> i.status() == PlanItem.Status.ALREADY)
            .findFirst()
            .orElseThrow();
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, adopted.code())).isTrue();
    Decision decision = model.history().getFirst();
    assertThat(model.kind(decision)).isEqualTo("Penetapan");
    assertThat(model.describe(decision)).contains(ready + " tempat ditetapkan", "Pleno KPU Kab");
    assertThat(decision.by()).isEqualTo("ketua");

    // the plenary's ruling lets the TPS with reading errors in
    plenary.focus(ContestCode.PPWP, DESA);
    PlanItem withErrors =
        model.items().stream()
            .filter(i -> i.code().equals(Demo.TPS_WITH_ERRORS))
            .findFirst()
            .orElseThrow();
    model.selected().set(withErrors);
    assertThat(model.target().get()).isEqualTo("TPS 31.01.01.1001.001");
    assertThat(model.packageConflict().get()).isFalse();
    model.words().set("Pleno: angka dibaca ulang dari plano, sama");
    model.rule();
    assertThat(plenary.message().get()).startsWith("Keputusan pleno untuk TPS 31.01.01.1001.001");
    assertThat(model.items().stream().filter(i -> i.code().equals(Demo.TPS_WITH_ERRORS)))
        .extracting(PlanItem::status)
        .containsExactly(PlanItem.Status.ADOPT);

    // a re-opening without its reason is refused, with it kept in the history
    model
        .selected()
        .set(
            model.items().stream()
                .filter(i -> i.code().equals(adopted.code()))
                .findFirst()
                .orElseThrow());
    var unchanged = StoreDump.of(ws);
    model.words().set("");
    model.reopen();
    assertThat(plenary.message().get()).startsWith("Alasan wajib diisi");
    assertThat(StoreDump.of(ws)).isEqualTo(unchanged);
    model
        .selected()
        .set(
            model.items().stream()
                .filter(i -> i.code().equals(adopted.code()))
                .findFirst()
                .orElseThrow());
    model.words().set("Saksi 02 menunjukkan salinan berbeda");
    model.reopen();
    assertThat(plenary.message().get())
        .startsWith("Dibuka kembali, formulirnya kembali DRAFT: TPS ");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, adopted.code())).isFalse();
    assertThat(model.history())
        .anySatisfy(
            d -> {
              assertThat(model.kind(d)).isEqualTo("Dibuka kembali");
              assertThat(model.describe(d)).contains("Saksi 02 menunjukkan salinan berbeda");
            });
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }
}
