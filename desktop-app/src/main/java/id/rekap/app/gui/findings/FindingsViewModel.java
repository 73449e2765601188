package id.rekap.app.gui.findings;

import id.rekap.app.gui.FieldOfFinding;
import id.rekap.app.gui.Navigator;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.check.Finding;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Every finding of the workspace, filterable by rule, severity, place (a code prefix) and contest;
 * opening one goes to the TPS's entry form at the field, or to the recap at a region. A filter
 * value of "" means all.
 */
public final class FindingsViewModel implements Refreshable {
  private final Session session;
  private final Navigator navigator;
  private final ObservableList<Finding> all = FXCollections.observableArrayList();
  private final FilteredList<Finding> shown = new FilteredList<>(all);
  private final ObservableList<String> rules = FXCollections.observableArrayList("");
  private final StringProperty rule = new SimpleStringProperty("");
  private final StringProperty severity = new SimpleStringProperty("");
  private final StringProperty place = new SimpleStringProperty("");
  private final StringProperty contest = new SimpleStringProperty("");
  private int loads;

  public FindingsViewModel(Session session, Navigator navigator) {
    this.session = session;
    this.navigator = navigator;
    for (StringProperty p : List.of(rule, severity, place, contest)) {
      p.addListener((o, a, b) -> filter());
    }
  }

  public ObservableList<Finding> shown() {
    return shown;
  }

  public ObservableList<Finding> all() {
    return all;
  }

  /** The rules that have findings, "" (all) first. */
  public ObservableList<String> rules() {
    return rules;
  }

  public StringProperty rule() {
    return rule;
  }

  public StringProperty severity() {
    return severity;
  }

  public StringProperty place() {
    return place;
  }

  public StringProperty contest() {
    return contest;
  }

  /** Shows the findings of one place in one contest (from another screen). */
  public void focus(ContestCode c, String code) {
    rule.set("");
    severity.set("");
    contest.set(c == null ? "" : c.id());
    place.set(code == null ? "" : code);
  }

  /**
   * Shows the findings of the first ballot at once (checked alone, without the other ballots) and
   * then every finding; all at once when the workspace's check is still the store's. The first
   * ballot's cross-ballot warnings (R15) come with the second step.
   */
  @Override
  public void refresh() {
    int load = ++loads;
    session
        .jobs()
        .run(
            session.text("findings.loading"),
            p -> first(),
            found -> {
              show(found.findings());
              if (!found.complete()) {
                session
                    .jobs()
                    .run(
                        session.text("findings.checking"),
                        p -> session.workspace().latestCheck().get().findings(),
                        all -> {
                          if (load == loads) { // not refreshed again meanwhile
                            show(all);
                          }
                        },
                        failure -> {});
              }
            },
            failure -> all.clear());
  }

  private record Found(List<Finding> findings, boolean complete) {}

  private Found first() {
    var ws = session.workspace();
    var kept = ws.latestCheck().ifFresh();
    if (kept.isPresent()) {
      return new Found(kept.get().findings(), true);
    }
    ContestCode first = session.contests().getFirst().code();
    List<Finding> found =
        ws.check().run(first).findings().stream().filter(f -> f.contest() == first).toList();
    return new Found(found, false);
  }

  private void show(List<Finding> found) {
    all.setAll(found);
    List<String> ids =
        found.stream()
            .sorted(java.util.Comparator.comparingInt(Finding::ruleNumber))
            .map(Finding::rule)
            .distinct()
            .toList();
    rules.setAll(ids);
    rules.addFirst("");
    filter();
  }

  private void filter() {
    String r = orAll(rule.get());
    String s = orAll(severity.get());
    String p = orAll(place.get()).replace(".", "").strip();
    String c = orAll(contest.get());
    shown.setPredicate(
        f ->
            (r.isEmpty() || f.rule().equals(r))
                && (s.isEmpty() || f.severity().name().equals(s))
                && (c.isEmpty() || f.contest().id().equals(c))
                && (p.isEmpty() || f.code().startsWith(p)));
  }

  private static String orAll(String v) {
    return v == null ? "" : v;
  }

  public String message(Finding f) {
    return id.rekap.app.gui.FindingText.of(
        f, session.texts().get(), session.workspace().election());
  }

  public String levelText(Finding f) {
    return session.text("level." + f.level().id());
  }

  public String severityText(Finding f) {
    return session.text("severity." + f.severity().name().toLowerCase(Locale.ROOT));
  }

  /** A TPS finding opens the entry form at its field; a region finding the recap at the region. */
  public void open(Finding f) {
    if (f.level() == RecapLevel.TPS) {
      navigator.openEntry(f.contest(), f.code(), FieldOfFinding.of(f));
    } else {
      navigator.openRecap(f.contest(), f.code());
    }
  }
}
