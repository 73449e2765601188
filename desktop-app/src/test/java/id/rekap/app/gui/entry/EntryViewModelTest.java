package id.rekap.app.gui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Asker;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.TpsQueue;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keyed entry: the form in paper order with live checks; stored forms shown read-only with their
 * state; double entry, own entry withdrawn and replaced, the verifier's whole form; nothing typed
 * lost without asking; saving with doubts asks; the work queue.
 */
public class EntryViewModelTest extends DemoWorkspaceTest {
  /** The whole plano of a TPS, every box filled. */
  public static Map<String, String> form(String pair2) {
    Map<String, String> v = new HashMap<>();
    for (AdminField f : AdminField.values()) {
      v.put(f.jsonKey(), "0");
    }
    v.putAll(
        Map.of(
            "dptL",
            "150",
            "dptP",
            "150",
            "dpt",
            "300",
            "usersDptL",
            "117",
            "usersDptP",
            "116",
            "usersDpt",
            "233",
            "usersL",
            "117",
            "usersP",
            "116",
            "users",
            "233"));
    v.putAll(
        Map.of(
            "ballotsReceived", "306",
            "ballotsUsed", "233",
            "ballotsUnused", "73",
            "choices.1", "83",
            "choices.2", pair2,
            "choices.3", "38",
            "valid", "228",
            "invalid", "5",
            "total", "233"));
    return v;
  }

  /** Answers the model's questions as a test tells it, and remembers what it was asked. */
  static final class Answers implements Asker {
    Unsaved unsaved = Unsaved.STAY;
    boolean confirm = false;
    final List<String> asked = new ArrayList<>();
    final List<String> doubts = new ArrayList<>();

    @Override
    public Unsaved unsaved(String what) {
      asked.add(what);
      return unsaved;
    }

    @Override
    public boolean confirm(String question, List<String> lines, String yes) {
      asked.add(question);
      doubts.addAll(lines);
      return confirm;
    }
  }

  private final Answers answers = new Answers();

  private EntryViewModel model(String user) {
    Demo.login(session, user);
    session.asker(answers);
    EntryViewModel model = new EntryViewModel(session);
    model.refresh();
    return model;
  }

  @AfterEach
  void plainAsker() {
    session.asker(Asker.ALWAYS);
  }

  private static void type(EntryViewModel model, Map<String, String> values) {
    for (FormField f : model.fields()) {
      if (f.editable().get()) {
        f.value().set(values.getOrDefault(f.label(), ""));
      }
    }
  }

  private static FormField field(EntryViewModel model, String label) {
    return model.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void theFormFollowsThePaperAndShowsSirekapAndTheRulesAsTyped() {
    EntryViewModel model = model("ani");
    model.open(ContestCode.PPWP, Demo.TPS_WITH_ERRORS, "valid");
    assertThat(model.focus().get()).isEqualTo("valid");
    assertThat(model.heading().get()).contains("TPS 001", "PULAU PANGGANG", Demo.TPS_WITH_ERRORS);
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.KEY_FIRST);
    // blocks I–III, then IV (the three pairs), then V; rows named as on the paper
    assertThat(model.fields().getFirst().label()).isEqualTo("dptL");
    assertThat(model.fields().getFirst().title()).isEqualTo("I.A DPT laki-laki");
    assertThat(field(model, "usersDptbP").title()).isEqualTo("I.B.2 DPTb perempuan");
    assertThat(field(model, "choices.2").title()).startsWith("IV.2 ");
    assertThat(model.fields().stream().map(FormField::label).toList())
        .containsSubsequence("disabled", "choices.1", "choices.2", "choices.3", "valid", "total");
    assertThat(field(model, "dpt").sirekap().get()).isEqualTo("292");
    // the TPS's stored findings and what is stored per source
    assertThat(model.stored()).anyMatch(l -> l.startsWith("Sirekap:"));
    // typed: pairs sum to 228 but valid says 230: R1 beside both
    type(model, Map.of("choices.1", "83", "choices.2", "107", "choices.3", "38", "valid", "230"));
    assertThat(model.findingsTitle().get()).contains("saat diketik");
    assertThat(field(model, "valid").state().get()).isEqualTo(FormField.State.ERROR);
    assertThat(field(model, "valid").note().get()).contains("R1");
    assertThat(model.findings()).anyMatch(f -> f.startsWith("R1 ·"));
    field(model, "valid").value().set("228");
    assertThat(field(model, "valid").note().get()).doesNotContain("R1");
    model.discard();
  }

  @Test
  void twoOperatorsDisagreeAndTheVerifierSettlesFromTheWholeForm() {
    String tps = "3101011001005";
    EntryViewModel model = model("ani");
    model.open(ContestCode.PPWP, tps, null);
    type(model, form("107"));
    model.save();
    assertThat(answers.doubts).as("the whole form raises no doubt").isEmpty();
    assertThat(model.message().get()).contains("entri pertama", "ani");
    // the saved values stay on screen, read-only, with their state
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.OWN_FIRST);
    assertThat(field(model, "choices.2").value().get()).isEqualTo("107");
    assertThat(field(model, "choices.2").editable().get()).isFalse();
    assertThat(model.stateLine().get()).contains("Entri pertama oleh ani", "menunggu entri kedua");
    assertThat(model.stored()).anyMatch(l -> l.contains("Entri 1 oleh ani") && l.contains("WIB"));
    model = model("budi");
    answers.confirm = true; // 170 breaks R1: saved as read, the verifier decides
    model.open(ContestCode.PPWP, tps, null);
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.KEY_SECOND);
    assertThat(field(model, "choices.2").value().get())
        .as("the first entry stays hidden")
        .isEmpty();
    type(model, form("170"));
    model.save();
    assertThat(model.message().get()).contains("berbeda", "IV.2");
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.MISMATCH_WAIT);
    model = model("citra");
    assertThat(model.queue().queue().counts(null).get(TpsQueue.Filter.MISMATCH)).isEqualTo(1);
    model.next(); // the verifier's queue: the mismatch
    assertThat(model.current().get()).isEqualTo(tps);
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.SETTLE);
    assertThat(model.stateLine().get()).contains("ani", "budi", "1 isian");
    FormField pair2 = field(model, "choices.2");
    assertThat(pair2.differs().get()).isTrue();
    assertThat(pair2.first().get()).isEqualTo("107");
    assertThat(pair2.second().get()).isEqualTo("170");
    assertThat(field(model, "choices.1").value().get()).isEqualTo("83");
    assertThat(field(model, "choices.1").editable().get()).isFalse();
    model.chooseAll(1);
    assertThat(pair2.value().get()).isEqualTo("107");
    model.save();
    assertThat(model.message().get()).contains("selesai");
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.STORED);
    var counted =
        ws.recap().run(ContestCode.PPWP, RecapLevel.TPS, Optional.of(Source.CHASIL)).stream()
            .filter(r -> r.code().equals(tps))
            .findFirst()
            .orElseThrow();
    assertThat(counted.tally().votes(2)).isEqualTo(107L);
    assertThat(counted.tally().admin(AdminField.VALID)).isEqualTo(228L);
  }

  @Test
  void anOperatorWithdrawsAndReplacesTheirOwnEntry() {
    String tps = "3101011001006";
    EntryViewModel model = model("ani");
    answers.confirm = true; // 170 is a misreading (R1): saved, then withdrawn
    model.open(ContestCode.PPWP, tps, null);
    type(model, form("170"));
    model.save();
    model.withdraw();
    assertThat(model.message().get()).contains("ditarik");
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.KEY_FIRST);
    type(model, form("170"));
    model.save();
    model.change();
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.REPLACE);
    field(model, "choices.2").value().set("107");
    model.save();
    assertThat(model.mode().get()).isEqualTo(EntryViewModel.Mode.OWN_FIRST);
    assertThat(field(model, "choices.2").value().get()).isEqualTo("107");
    assertThat(ws.entry().pending())
        .filteredOn(k -> k.values().tps().value().equals(tps))
        .singleElement()
        .satisfies(k -> assertThat(k.values().votes().get(2)).isEqualTo(107));
  }

  @Test
  void savingWithEmptyBoxesOrErrorsAsksFirst() {
    String tps = "3101011001007";
    EntryViewModel model = model("ani");
    model.open(ContestCode.PPWP, tps, null);
    type(model, Map.of("choices.1", "83", "choices.2", "107", "choices.3", "38", "valid", "300"));
    answers.confirm = false;
    model.save();
    assertThat(answers.asked).singleElement().asString().contains("Simpan", tps);
    assertThat(answers.doubts)
        .contains("  I.A DPT laki-laki")
        .anyMatch(l -> l.endsWith("kotak masih kosong:"))
        .anyMatch(l -> l.startsWith("R1 ·"));
    assertThat(ws.entry().pending()).noneMatch(k -> k.values().tps().value().equals(tps));
    assertThat(model.dirty().get()).isTrue();
    answers.confirm = true;
    model.save();
    assertThat(ws.entry().pending()).anyMatch(k -> k.values().tps().value().equals(tps));
  }

  @Test
  void leavingATpsWithUnsavedValuesAsks() {
    String tps = "3101011001008";
    EntryViewModel model = model("budi");
    model.open(ContestCode.PPWP, tps, null);
    field(model, "choices.1").value().set("12");
    assertThat(model.dirty().get()).isTrue();
    answers.unsaved = Asker.Unsaved.STAY;
    model.open(ContestCode.PPWP, "3101011001009", null);
    assertThat(model.current().get()).isEqualTo(tps);
    assertThat(field(model, "choices.1").value().get()).isEqualTo("12");
    assertThat(answers.asked).singleElement().asString().contains("1 isian", "belum disimpan");
    answers.unsaved = Asker.Unsaved.DISCARD;
    model.open(ContestCode.PPWP, "3101011001009", null);
    assertThat(model.current().get()).isEqualTo("3101011001009");
    assertThat(ws.entry().pending()).noneMatch(k -> k.values().tps().value().equals(tps));
    field(model, "choices.1").value().set("12");
    answers.unsaved = Asker.Unsaved.SAVE;
    answers.confirm = true; // the form is incomplete: saved anyway
    model.next();
    assertThat(ws.entry().pending())
        .anyMatch(k -> k.values().tps().value().equals("3101011001009"));
    assertThat(model.current().get()).isNotEqualTo("3101011001009");
  }

  @Test
  void theQueueGroupsByDesaAndFilters() {
    EntryViewModel model = model("ani");
    EntryQueue queue = model.queue();
    assertThat(queue.filters())
        .extracting(EntryQueue.FilterItem::text)
        .anyMatch(t -> t.startsWith("Belum dientri ("))
        .anyMatch(t -> t.startsWith("Berisi galat ("));
    // a PPK-less demo (a kab/kota) starts at kecamatan, then desa, then TPS
    List<EntryQueue.Node> top = queue.children(null);
    assertThat(top).hasSize(2).allMatch(n -> !n.tps());
    List<EntryQueue.Node> desa = queue.children(top.getFirst().code());
    List<EntryQueue.Node> tps = queue.children(desa.getFirst().code());
    assertThat(tps).isNotEmpty().allMatch(EntryQueue.Node::tps);
    queue.filter().set(TpsQueue.Filter.WITH_ERRORS);
    assertThat(queue.children(null)).isNotEmpty();
    assertThat(queue.children(desa.getFirst().code())).allMatch(EntryQueue.Node::errors);
    queue.filter().set(TpsQueue.Filter.ALL);
  }
}
