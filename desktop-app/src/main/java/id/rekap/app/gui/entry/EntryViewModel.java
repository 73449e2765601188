package id.rekap.app.gui.entry;

import id.rekap.app.gui.FieldOfFinding;
import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.FieldDiff;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.entry.Keying;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Keyed C.Hasil entry: the form of one TPS in the paper's order (blocks I–III, IV, V), judged by
 * the rules as it is typed, with Sirekap's value beside each box; saved as the logged-in operator's
 * keying (the first or the second of the double entry); and, when two keyings disagree, the
 * verifier's side-by-side resolution.
 */
public final class EntryViewModel implements Refreshable {
  private final Session session;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.CHASIL);
  private final StringProperty tps = new SimpleStringProperty("");
  private final StringProperty heading = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty focus = new SimpleStringProperty();
  private final ObservableList<FormField> fields = FXCollections.observableArrayList();
  private final ObservableList<String> findings = FXCollections.observableArrayList();
  private final ObservableList<ResolveRow> mismatches = FXCollections.observableArrayList();
  private final ObservableList<TpsItem> tpsList = FXCollections.observableArrayList();
  private CheckEngine engine;
  private TpsResult blank;

  /** A TPS in the list beside the form, with what is known about it. */
  public record TpsItem(String code, String name, String state) {}

  public EntryViewModel(Session session) {
    this.session = session;
    contest.set(session.contests().getFirst());
    contest.addListener((o, a, b) -> refresh());
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<Source> source() {
    return source;
  }

  /** The TPS code typed or chosen. */
  public StringProperty tps() {
    return tps;
  }

  public StringProperty heading() {
    return heading;
  }

  /** The outcome of the last action, or why it was refused. */
  public StringProperty message() {
    return message;
  }

  /** The field label the cursor should go to (set when a finding is opened). */
  public StringProperty focus() {
    return focus;
  }

  public ObservableList<FormField> fields() {
    return fields;
  }

  public ObservableList<String> findings() {
    return findings;
  }

  public ObservableList<ResolveRow> mismatches() {
    return mismatches;
  }

  public ObservableList<TpsItem> tpsList() {
    return tpsList;
  }

  /** Reloads the checks and the TPS list (after a save or when the screen is shown). */
  @Override
  public void refresh() {
    Contest c = contest.get();
    session
        .jobs()
        .run(
            session.text("entry.loading"),
            p ->
                new Loaded(
                    session.workspace().check().run(), EntryTpsList.of(session.workspace(), c)),
            loaded -> {
              engine = loaded.engine();
              tpsList.setAll(loaded.items());
              if (blank != null && blank.contest() == c.code()) {
                showSirekap();
                loadMismatches();
                preview();
              } else if (!loaded.items().isEmpty()) {
                // never an empty screen: the TPS typed meanwhile, else the first of the list
                if (tps.get() == null || tps.get().isBlank()) {
                  tps.set(EntryTpsList.next(loaded.items(), session.user().get()));
                }
                openTyped();
              } else {
                clearForm();
              }
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  private record Loaded(CheckEngine engine, List<TpsItem> items) {}

  /** Opens the form of a TPS (from the list, a finding or the dashboard), focused at a field. */
  public void open(ContestCode code, String tpsCode, String field) {
    Contest wanted =
        session.contests().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    tps.set(tpsCode);
    if (contest.get() != wanted) {
      blank = null;
      contest.set(wanted); // refreshes; the form opens below once the checks are loaded
    }
    openTyped();
    focus.set(null);
    focus.set(field);
  }

  /** Opens the form of the TPS code typed in {@link #tps()}. */
  public void openTyped() {
    message.set("");
    Contest c = contest.get();
    Optional<TpsCode> code =
        TpsCode.parse(tps.get() == null ? "" : tps.get().strip())
            .filter(t -> session.workspace().regionTree().containsTps(t) && c.appliesTo(t));
    if (code.isEmpty()) {
      message.set(session.text("entry.unknownTps", tps.get(), c.name()));
      return;
    }
    blank = KeyedForm.blank(c, code.get(), source.get());
    var tree = session.workspace().regionTree();
    heading.set(
        session.text(
            "entry.heading",
            tree.tps(code.get()).map(t -> t.name()).orElse(code.get().value()),
            tree.nameOf(code.get().at(RegionLevel.DESA)),
            tree.nameOf(code.get().at(RegionLevel.KECAMATAN)),
            code.get().value()));
    List<FormField> form = new ArrayList<>();
    for (AdminField f : AdminField.values()) {
      if (Block.of(f) != Block.TOTALS) {
        form.add(field(c, FieldLabels.of(f), Block.of(f)));
      }
    }
    for (int key : blank.votes().asMap().keySet()) {
      form.add(field(c, FieldLabels.ofVote(key), Block.VOTES));
    }
    for (AdminField f : List.of(AdminField.VALID, AdminField.INVALID, AdminField.TOTAL)) {
      form.add(field(c, FieldLabels.of(f), Block.TOTALS));
    }
    fields.setAll(form);
    showSirekap();
    loadMismatches();
    preview();
  }

  private FormField field(Contest c, String label, Block block) {
    FormField f =
        new FormField(
            label,
            FormTitles.of(session.texts().get(), session.workspace().election(), c, label),
            block);
    f.value().addListener((o, a, b) -> preview());
    return f;
  }

  private void showSirekap() {
    if (engine == null || blank == null) {
      return;
    }
    TpsResult sirekap = engine.sourcesAt(blank.contest(), blank.tps()).get(Source.SIREKAP);
    for (FormField f : fields) {
      f.sirekap().set(sirekap == null ? "" : Numbers.count(valueOf(sirekap, f.label())));
    }
  }

  private static Integer valueOf(TpsResult r, String label) {
    var admin = FieldLabels.admin(label);
    if (admin.isPresent()) {
      return r.admin().get(admin.get());
    }
    return r.votes().get(FieldLabels.vote(label).orElseThrow());
  }

  /** The form as typed so far. */
  TpsResult typed() {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (FormField f : fields) {
      values.put(f.label(), f.count());
    }
    return KeyedForm.filled(contest.get(), blank.tps(), source.get(), values);
  }

  /** Runs the TPS rules on the form as typed and shows what they say beside the fields. */
  void preview() {
    if (engine == null || blank == null || fields.isEmpty()) {
      return;
    }
    List<Finding> found;
    try {
      found = engine.preview(typed());
    } catch (RuntimeException e) {
      findings.setAll(session.texts().get().error(e));
      return;
    }
    Map<String, List<Finding>> byField = new HashMap<>();
    for (Finding f : found) {
      for (String key : f.values().keySet()) {
        byField.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      }
      String main = FieldOfFinding.of(f);
      if (main != null && !f.values().containsKey(main)) {
        byField.computeIfAbsent(main, k -> new ArrayList<>()).add(f);
      }
    }
    for (FormField field : fields) {
      List<Finding> fs = byField.getOrDefault(field.label(), List.of());
      field.note().set(String.join(" ", fs.stream().map(Finding::rule).distinct().toList()));
      field
          .state()
          .set(
              fs.isEmpty()
                  ? FormField.State.OK
                  : fs.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                      ? FormField.State.ERROR
                      : FormField.State.WARNING);
    }
    var locale = session.texts().get().locale();
    findings.setAll(found.stream().map(f -> f.rule() + " · " + f.message(locale)).toList());
  }

  /** Saves the form as the logged-in operator's keying. */
  public void save() {
    if (blank == null) {
      return;
    }
    TpsResult form;
    try {
      form = typed();
      session.requireUser();
    } catch (RuntimeException e) {
      message.set(session.texts().get().error(e));
      return;
    }
    var user = session.user().get();
    session
        .jobs()
        .run(
            session.text("entry.saving"),
            p -> session.workspace().entry().key(user, form),
            outcome -> {
              message.set(outcomeText(outcome));
              fields.forEach(f -> f.value().set(""));
              session.dataChanged();
              refresh();
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  private String outcomeText(KeyedEntry.Outcome o) {
    return switch (o.state()) {
      case AWAITING_SECOND -> session.text("entry.awaiting", session.user().get().name());
      case COUNTED -> session.text("entry.counted");
      case MISMATCH ->
          session.text(
              "entry.mismatch",
              o.mismatches().size(),
              String.join(", ", o.mismatches().stream().map(FieldDiff.Mismatch::field).toList()));
    };
  }

  private void loadMismatches() {
    mismatches.clear();
    if (blank == null) {
      return;
    }
    TpsCode t = blank.tps();
    ContestCode c = blank.contest();
    Map<Integer, Keying> rounds = new HashMap<>();
    for (Keying k : session.workspace().entry().pending()) {
      if (k.values().tps().equals(t)
          && k.values().contest() == c
          && k.values().source() == source.get()) {
        rounds.put(k.round(), k);
      }
    }
    if (rounds.containsKey(1) && rounds.containsKey(2)) {
      for (FieldDiff.Mismatch m :
          FieldDiff.between(rounds.get(1).values(), rounds.get(2).values())) {
        mismatches.add(
            new ResolveRow(
                m.field(),
                FormTitles.of(
                    session.texts().get(),
                    session.workspace().election(),
                    contest.get(),
                    m.field()),
                m.first(),
                m.second()));
      }
      if (message.get().isEmpty()) { // never hides the outcome of the keying just saved
        message.set(
            session.text(
                "entry.resolveNeeded",
                rounds.get(1).user(),
                rounds.get(2).user(),
                mismatches.size()));
      }
    }
  }

  /** Takes the first (1) or second (2) keying's value for every mismatched field. */
  public void chooseAll(int round) {
    for (ResolveRow r : mismatches) {
      Integer v = round == 1 ? r.first() : r.second();
      r.chosen().set(v == null ? "" : v.toString());
    }
  }

  /** The verifier settles the mismatches with the chosen values; the form then counts. */
  public void resolve() {
    if (blank == null || mismatches.isEmpty()) {
      return;
    }
    Map<String, Integer> choices = new LinkedHashMap<>();
    for (ResolveRow r : mismatches) {
      String v = r.chosen().get();
      choices.put(r.field(), v == null || v.isBlank() ? null : Integer.valueOf(v.strip()));
    }
    var user = session.user().get();
    TpsResult which = blank;
    session
        .jobs()
        .run(
            session.text("entry.resolving"),
            p -> session.workspace().entry().resolve(user, which, choices),
            settled -> {
              message.set(session.text("entry.resolved", settled.tps().value()));
              mismatches.clear();
              session.dataChanged();
              refresh();
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  private void clearForm() {
    blank = null;
    fields.clear();
    findings.clear();
    mismatches.clear();
    heading.set(session.text("entry.choose"));
  }
}
