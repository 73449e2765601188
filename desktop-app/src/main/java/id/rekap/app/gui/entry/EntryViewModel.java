// Over 400 lines: the keying screen's work queue, form fields and save/confirm flow share the TPS
// being keyed and its double-entry state; they could become three classes around that state.
package id.rekap.app.gui.entry;

import id.rekap.app.gui.FieldOfFinding;
import id.rekap.app.gui.LeaveGuard;
import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.entry.Keying;
import id.rekap.core.entry.TpsQueue;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Keyed C.Hasil entry: the form of one TPS in the paper's order, judged by the rules as it is
 * typed, with Sirekap's value beside each box; what is stored shown read-only with its state; the
 * operator's first or second keying, their own first entry withdrawn or replaced; the verifier's
 * whole form side by side when two keyings disagree; and the work queue with the next TPS for the
 * user. Nothing typed is dropped without asking.
 */
public final class EntryViewModel implements Refreshable, LeaveGuard {
  /** What the form is for now. */
  public enum Mode {
    /** No TPS open. */
    NONE,
    /** The first entry of a TPS nobody has keyed. */
    KEY_FIRST,
    /** The second entry of a TPS another operator keyed (their values are not shown). */
    KEY_SECOND,
    /** The user's own first entry, read-only: withdraw or change it. */
    OWN_FIRST,
    /** The user's own first entry, being changed. */
    REPLACE,
    /** The keyings disagree; the verifier chooses the right values. */
    SETTLE,
    /** The keyings disagree; waiting for a verifier. */
    MISMATCH_WAIT,
    /** Counted (or adopted): read-only. */
    STORED
  }

  private final Session session;
  private final EntryQueue queue;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.CHASIL);
  private final StringProperty tps = new SimpleStringProperty("");
  private final StringProperty current = new SimpleStringProperty();
  private final StringProperty heading = new SimpleStringProperty("");
  private final StringProperty stateLine = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty focus = new SimpleStringProperty();
  private final StringProperty findingsTitle = new SimpleStringProperty("");
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
  private final BooleanProperty dirty = new SimpleBooleanProperty();
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final ObservableList<FormField> fields = FXCollections.observableArrayList();
  private final ObservableList<String> findings = FXCollections.observableArrayList();
  private final ObservableList<String> stored = FXCollections.observableArrayList();
  private final StringProperty savedBy = new SimpleStringProperty("");
  private Map<String, String> loaded = Map.of();
  private int loads;
  private CheckEngine engine;
  private TpsResult blank;
  private Keying first;
  private Keying second;
  private boolean silent;

  public EntryViewModel(Session session) {
    this.session = session;
    this.queue = new EntryQueue(session);
    contest.set(session.contests().getFirst());
    contest.addListener(
        (o, a, b) -> {
          if (!silent) {
            current.set(null);
            refresh();
          }
        });
    source.addListener(
        (o, a, b) -> {
          if (!silent) {
            refresh();
          }
        });
  }

  public EntryQueue queue() {
    return queue;
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<Source> source() {
    return source;
  }

  /** The TPS code typed in the header's box. */
  public StringProperty tps() {
    return tps;
  }

  /** The TPS whose form is open (null: none). */
  public StringProperty current() {
    return current;
  }

  public StringProperty heading() {
    return heading;
  }

  /** Where the open form stands ("entri pertama oleh ani, menunggu entri kedua"). */
  public StringProperty stateLine() {
    return stateLine;
  }

  /** The outcome of the last action, or why it was refused. */
  public StringProperty message() {
    return message;
  }

  /** The field label the cursor should go to (set when a form opens or a finding is opened). */
  public StringProperty focus() {
    return focus;
  }

  public ObjectProperty<Mode> mode() {
    return mode;
  }

  /** True when values are typed and not saved. */
  public BooleanProperty dirty() {
    return dirty;
  }

  /** True while the checks and the queue load ("Memuat …" instead of an empty screen). */
  public BooleanProperty loading() {
    return loading;
  }

  public ObservableList<FormField> fields() {
    return fields;
  }

  /** The rules' findings: of the form as typed while keying, else the TPS's stored findings. */
  public ObservableList<String> findings() {
    return findings;
  }

  public StringProperty findingsTitle() {
    return findingsTitle;
  }

  /** What is stored for the TPS, one line per source and per keying awaiting its pair. */
  public ObservableList<String> stored() {
    return stored;
  }

  /** True when the user's role may settle mismatches. */
  public boolean verifier() {
    User u = session.user().get();
    return u != null && u.role().atLeast(Role.VERIFIER);
  }

  /**
   * Reloads the checks and the queue (when the screen is shown, after a save). The queue and the
   * form come first from the check of this ballot alone; the full check (kept between screens while
   * the store has not changed) follows and brings the cross-ballot findings, without reloading a
   * form the user may already type in. With the full check already kept, one step.
   */
  @Override
  public void refresh() {
    Contest c = contest.get();
    Source s = source.get();
    loading.set(true);
    if (fields.isEmpty()) {
      heading.set(session.text("common.loading"));
    }
    int load = ++loads;
    session
        .jobs()
        .run(
            session.text("entry.loading"),
            p -> {
              var ws = session.workspace();
              var kept = ws.latestCheck().ifFresh();
              CheckEngine checked = kept.orElseGet(() -> ws.check().run(c.code()));
              return new Loaded(checked, queue(checked, c, s), kept.isPresent());
            },
            done -> {
              loading.set(false);
              show(done);
              if (!done.complete()) {
                session
                    .jobs()
                    .run(
                        session.text("entry.checking"),
                        p -> {
                          CheckEngine all = session.workspace().latestCheck().get();
                          return new Loaded(all, queue(all, c, s), true);
                        },
                        all -> {
                          if (load == loads) { // not refreshed again meanwhile
                            engine = all.engine();
                            queue.update(all.queue());
                            preview(); // the findings beside the fields, as typed
                          }
                        },
                        failure -> message.set(session.texts().get().error(failure)));
              }
            },
            failure -> {
              loading.set(false);
              message.set(session.texts().get().error(failure));
            });
  }

  private TpsQueue queue(CheckEngine checked, Contest c, Source s) {
    Set<String> errors = new HashSet<>();
    for (Finding f : checked.findings()) {
      if (f.contest() == c.code() && f.severity() == Severity.ERROR) {
        errors.add(f.code());
      }
    }
    return session.workspace().workQueue().of(c, s, errors);
  }

  private void show(Loaded done) {
    engine = done.engine();
    queue.update(done.queue());
    String open = current.get();
    if (open != null) {
      load(new TpsCode(open), focus.get());
    } else {
      Optional<TpsCode> next = nextCode();
      if (next.isPresent()) {
        load(next.get(), null);
      } else if (done.queue().size() > 0) {
        load(done.queue().list(null, TpsQueue.Filter.ALL).getFirst().tps(), null);
      } else {
        clearForm();
      }
    }
  }

  private record Loaded(CheckEngine engine, TpsQueue queue, boolean complete) {}

  @Override
  public void leave(Runnable proceed) {
    if (!dirty.get()) {
      proceed.run();
      return;
    }
    switch (session.asker().unsaved(unsavedText())) {
      case SAVE -> save(proceed);
      case DISCARD -> {
        discard();
        proceed.run();
      }
      case STAY -> {}
    }
  }

  private String unsavedText() {
    long typed =
        fields.stream().filter(f -> !loaded.get(f.label()).equals(f.value().get())).count();
    return session.text("entry.unsaved", heading.get(), Numbers.count(typed));
  }

  /** Opens the form of a TPS (from the queue, a finding or the dashboard), focused at a field. */
  public void open(ContestCode code, String tpsCode, String field) {
    leave(
        () -> {
          Contest wanted =
              session.contests().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
          tps.set(tpsCode);
          current.set(tpsCode);
          focus.set(null);
          if (contest.get() != wanted || engine == null) {
            silent = true;
            contest.set(wanted);
            silent = false;
            focus.set(field);
            refresh(); // opens the form once the checks are loaded
            return;
          }
          openTyped(field);
        });
  }

  /** Opens the form of the TPS code typed in {@link #tps()}. */
  public void openTyped() {
    leave(() -> openTyped(null));
  }

  private void openTyped(String field) {
    message.set("");
    Contest c = contest.get();
    Optional<TpsCode> code =
        TpsCode.parse(tps.get() == null ? "" : tps.get().strip())
            .filter(t -> session.workspace().regionTree().containsTps(t) && c.appliesTo(t));
    if (code.isEmpty()) {
      message.set(session.text("entry.unknownTps", tps.get(), c.name()));
      return;
    }
    load(code.get(), field);
  }

  /** Opens the next TPS of the user's queue (Ctrl+N, or Enter after a save). */
  public void next() {
    leave(
        () -> {
          Optional<TpsCode> next = nextCode();
          if (next.isEmpty()) {
            message.set(session.text("entry.queueEmpty"));
            return;
          }
          message.set("");
          load(next.get(), null);
        });
  }

  private Optional<TpsCode> nextCode() {
    if (queue.queue() == null) {
      return Optional.empty();
    }
    String open = current.get();
    return queue.queue().nextFor(session.user().get(), open == null ? null : new TpsCode(open));
  }

  /** Shows the TPS as it stands: what the user may do with it decides the mode. */
  private void load(TpsCode code, String field) {
    Contest c = contest.get();
    if (engine == null || !c.appliesTo(code)) {
      return;
    }
    tps.set(code.value());
    current.set(code.value());
    blank = KeyedForm.blank(c, code, source.get());
    var tree = session.workspace().regionTree();
    heading.set(
        session.text(
            "entry.heading",
            tree.tps(code).map(t -> t.name()).orElse(code.value()),
            tree.nameOf(code.at(RegionLevel.DESA)),
            tree.nameOf(code.at(RegionLevel.KECAMATAN)),
            code.value()));
    first = null;
    second = null;
    for (Keying k : session.workspace().entry().pending()) {
      if (k.values().tps().equals(code)
          && k.values().contest() == c.code()
          && k.values().source() == source.get()) {
        if (k.round() == 1) {
          first = k;
        } else {
          second = k;
        }
      }
    }
    List<FormField> form =
        EntryForm.boxes(session.texts().get(), session.workspace().election(), c, blank);
    Map<Source, TpsResult> sources = engine.sourcesAt(c.code(), code);
    TpsResult sirekap = sources.get(Source.SIREKAP);
    TpsResult counted = sources.get(source.get());
    TpsQueue.State state =
        queue.queue().entry(code).map(TpsQueue.Entry::state).orElse(TpsQueue.State.NOT_KEYED);
    User user = session.user().get();
    Mode m;
    TpsResult shown = null;
    if (state == TpsQueue.State.ADOPTED || counted != null) {
      m = Mode.STORED;
      shown = counted != null ? counted : sources.values().stream().findFirst().orElse(null);
    } else if (second != null) {
      m = verifier() ? Mode.SETTLE : Mode.MISMATCH_WAIT;
    } else if (first != null && user != null && first.user().equals(user.name())) {
      m = Mode.OWN_FIRST;
      shown = first.values();
    } else if (first != null) {
      m = Mode.KEY_SECOND;
    } else {
      m = Mode.KEY_FIRST;
    }
    Map<String, String> values = EntryForm.texts(shown, form);
    for (FormField f : form) {
      Integer s = sirekap == null ? null : EntryForm.valueOf(sirekap, f.label());
      f.sirekap().set(sirekap == null ? "" : Numbers.count(s));
      f.value().set(values.get(f.label()));
      f.editable().set(m == Mode.KEY_FIRST || m == Mode.KEY_SECOND);
      if (m == Mode.SETTLE || m == Mode.MISMATCH_WAIT) {
        Integer a = EntryForm.valueOf(first.values(), f.label());
        Integer b = EntryForm.valueOf(second.values(), f.label());
        boolean differ = !java.util.Objects.equals(a, b);
        f.first().set(a == null ? "" : a.toString());
        f.second().set(b == null ? "" : b.toString());
        f.differs().set(differ);
        f.value().set(differ ? "" : (a == null ? "" : a.toString()));
        f.editable().set(m == Mode.SETTLE && differ);
      }
      f.value().addListener((o, a, b) -> changed(f));
    }
    loaded = new HashMap<>();
    form.forEach(f -> loaded.put(f.label(), f.value().get()));
    fields.setAll(form);
    mode.set(m);
    dirty.set(false);
    stateLine.set(stateText(m, state));
    showStored(sources);
    form.stream().filter(f -> f.kind() == FormField.Kind.PARTY_TOTAL).forEach(this::running);
    preview();
    focus.set(null);
    focus.set(field != null ? field : firstEditable());
  }

  private String firstEditable() {
    return fields.stream()
        .filter(f -> f.editable().get())
        .map(FormField::label)
        .findFirst()
        .orElse(null);
  }

  private void changed(FormField f) {
    dirty.set(
        fields.stream().anyMatch(x -> !loaded.getOrDefault(x.label(), "").equals(x.value().get())));
    if (f.party() > 0) {
      fields.stream()
          .filter(x -> x.party() == f.party() && x.kind() == FormField.Kind.PARTY_TOTAL)
          .forEach(this::running);
    }
    preview();
  }

  /** The party's running sum beside its total box, checked against the total written. */
  private void running(FormField total) {
    long sum = EntryForm.partySum(fields, total.party());
    Integer written = total.count();
    total
        .running()
        .set(
            written == null || written == sum
                ? session.text("entry.running", Numbers.count(sum))
                : session.text("entry.runningOff", Numbers.count(sum), Numbers.count(written)));
  }

  private String stateText(Mode m, TpsQueue.State state) {
    return switch (m) {
      case NONE -> "";
      case KEY_FIRST -> session.text("entry.stateKeyFirst");
      case KEY_SECOND -> session.text("entry.stateKeySecond", first.user());
      case OWN_FIRST, REPLACE ->
          session.text("entry.stateOwnFirst", first.user(), session.time(first.keyedAt()));
      case SETTLE -> session.text("entry.stateSettle", first.user(), second.user(), differing());
      case MISMATCH_WAIT ->
          session.text("entry.stateMismatchWait", first.user(), second.user(), differing());
      case STORED ->
          state == TpsQueue.State.ADOPTED
              ? session.text("entry.stateAdopted")
              : session.text("entry.stateCounted", session.text("source." + source.get().id()));
    };
  }

  private String differing() {
    return Numbers.count(fields.stream().filter(f -> f.differs().get()).count());
  }

  private void showStored(Map<Source, TpsResult> sources) {
    List<String> lines = new ArrayList<>();
    for (Source s : Source.values()) {
      TpsResult r = sources.get(s);
      if (r != null) {
        lines.add(
            session.text(
                "entry.storedSource",
                session.text("source." + s.id()),
                Numbers.count(r.admin().get(id.rekap.core.result.AdminField.VALID)),
                Numbers.count(r.admin().get(id.rekap.core.result.AdminField.INVALID)),
                Numbers.count(r.admin().get(id.rekap.core.result.AdminField.TOTAL))));
      }
    }
    for (Keying k : new Keying[] {first, second}) {
      if (k != null) {
        lines.add(
            session.text(
                "entry.storedKeying",
                Numbers.count(k.round()),
                k.user(),
                session.time(k.keyedAt())));
      }
    }
    if (lines.isEmpty()) {
      lines.add(session.text("entry.storedNone"));
    }
    stored.setAll(lines);
  }

  /** The form as typed so far (for the verifier: the first keying with the chosen values). */
  TpsResult typed() {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (FormField f : fields) {
      values.put(f.label(), f.count());
    }
    return KeyedForm.filled(contest.get(), blank.tps(), source.get(), values);
  }

  private boolean editing() {
    Mode m = mode.get();
    return m == Mode.KEY_FIRST || m == Mode.KEY_SECOND || m == Mode.REPLACE || m == Mode.SETTLE;
  }

  /** Runs the TPS rules on the form as typed, or shows the TPS's stored findings. */
  void preview() {
    if (engine == null || blank == null || fields.isEmpty()) {
      return;
    }
    List<Finding> found;
    if (editing()) {
      findingsTitle.set(session.text("entry.findings"));
      try {
        found = engine.preview(typed());
      } catch (RuntimeException e) {
        findings.setAll(session.texts().get().error(e));
        return;
      }
    } else {
      findingsTitle.set(session.text("entry.findingsStored"));
      found =
          engine.findingsAt(blank.tps().value()).stream()
              .filter(f -> f.contest() == blank.contest())
              .toList();
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
    findings.setAll(
        found.stream()
            .map(
                f ->
                    f.rule()
                        + " · "
                        + id.rekap.app.gui.FindingText.of(
                            f, session.texts().get(), session.workspace().election()))
            .toList());
    lastFindings = found;
  }

  private List<Finding> lastFindings = List.of();

  /** Saves what is typed (Ctrl+S): a keying, a replaced keying, or the verifier's settlement. */
  public void save() {
    save(() -> {});
  }

  private void save(Runnable then) {
    if (!editing()) {
      return;
    }
    User user;
    TpsResult form;
    try {
      user = session.requireUser();
      form = typed();
    } catch (RuntimeException e) {
      message.set(session.texts().get().error(e));
      return;
    }
    List<String> doubts = doubts();
    if (!doubts.isEmpty()
        && !session
            .asker()
            .confirm(
                session.text("entry.confirmSave", heading.get()),
                doubts,
                session.text("entry.saveAnyway"))) {
      return;
    }
    Mode m = mode.get();
    if (m == Mode.SETTLE) {
      settle(user, then);
      return;
    }
    session
        .jobs()
        .run(
            session.text("entry.saving"),
            p ->
                m == Mode.REPLACE
                    ? session.workspace().entry().replace(user, form)
                    : session.workspace().entry().key(user, form),
            outcome -> {
              dirty.set(false);
              message.set(outcomeText(outcome));
              session.dataChanged();
              refresh();
              then.run();
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  /** The doubts to confirm before saving: boxes left empty and ERROR findings. */
  private List<String> doubts() {
    List<String> out = new ArrayList<>();
    List<String> empty =
        fields.stream()
            .filter(f -> f.editable().get() && f.count() == null)
            .map(FormField::fullTitle)
            .toList();
    if (!empty.isEmpty()) {
      out.add(session.text("entry.emptyBoxes", Numbers.count(empty.size())));
      empty.stream().limit(12).forEach(t -> out.add("  " + t));
      if (empty.size() > 12) {
        out.add("  " + session.text("entry.andMore", Numbers.count(empty.size() - 12)));
      }
    }
    lastFindings.stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .forEach(
            f ->
                out.add(
                    f.rule()
                        + " · "
                        + id.rekap.app.gui.FindingText.of(
                            f, session.texts().get(), session.workspace().election())));
    return out;
  }

  private String outcomeText(KeyedEntry.Outcome o) {
    return switch (o.state()) {
      case AWAITING_SECOND -> session.text("entry.awaiting", session.user().get().name());
      case COUNTED -> session.text("entry.counted");
      case MISMATCH ->
          session.text(
              "entry.mismatch",
              o.mismatches().size(),
              String.join(
                  ", ",
                  o.mismatches().stream()
                      .map(
                          x ->
                              FormTitles.of(
                                  session.texts().get(),
                                  session.workspace().election(),
                                  contest.get(),
                                  blank.dapil(),
                                  x.field()))
                      .toList()));
    };
  }

  /** Makes the user's own first entry editable again (then Ctrl+S replaces it). */
  public void change() {
    if (mode.get() != Mode.OWN_FIRST) {
      return;
    }
    fields.forEach(f -> f.editable().set(true));
    mode.set(Mode.REPLACE);
    stateLine.set(session.text("entry.stateReplace", first.user()));
    preview();
    focus.set(null);
    focus.set(firstEditable());
  }

  /** Withdraws the user's own first entry, after asking. */
  public void withdraw() {
    if (mode.get() != Mode.OWN_FIRST && mode.get() != Mode.REPLACE) {
      return;
    }
    if (!session
        .asker()
        .confirm(
            session.text("entry.confirmWithdraw", heading.get()),
            List.of(stateLine.get()),
            session.text("entry.withdraw"))) {
      return;
    }
    User user = session.user().get();
    TpsResult which = blank;
    session
        .jobs()
        .run(
            session.text("entry.withdrawing"),
            p -> {
              session
                  .workspace()
                  .entry()
                  .withdraw(user, which.tps(), which.contest(), which.source());
              return which;
            },
            done -> {
              dirty.set(false);
              message.set(session.text("entry.withdrawn", done.tps().value()));
              session.dataChanged();
              refresh();
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  /** Puts the chosen keying's value (1 or 2) into every differing box of the verifier's form. */
  public void chooseAll(int round) {
    for (FormField f : fields) {
      if (f.differs().get()) {
        f.value().set(round == 1 ? f.first().get() : f.second().get());
      }
    }
  }

  private void settle(User verifier, Runnable then) {
    Map<String, Integer> choices = new LinkedHashMap<>();
    for (FormField f : fields) {
      if (f.differs().get()) {
        choices.put(f.label(), f.count());
      }
    }
    TpsResult which = blank;
    session
        .jobs()
        .run(
            session.text("entry.resolving"),
            p -> session.workspace().entry().resolve(verifier, which, choices),
            settled -> {
              dirty.set(false);
              message.set(session.text("entry.resolved", settled.tps().value()));
              session.dataChanged();
              refresh();
              then.run();
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  /** Drops what was typed: the form shows what is stored again. */
  public void discard() {
    for (FormField f : fields) {
      f.value().set(loaded.getOrDefault(f.label(), ""));
    }
    dirty.set(false);
    if (mode.get() == Mode.REPLACE) {
      fields.forEach(f -> f.editable().set(false));
      mode.set(Mode.OWN_FIRST);
    }
  }

  private void clearForm() {
    blank = null;
    current.set(null);
    fields.clear();
    findings.clear();
    stored.clear();
    mode.set(Mode.NONE);
    dirty.set(false);
    stateLine.set("");
    heading.set(session.text("entry.choose"));
  }
}
