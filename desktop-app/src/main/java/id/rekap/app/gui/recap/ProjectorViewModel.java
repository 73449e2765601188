package id.rekap.app.gui.recap;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.check.Finding;
import id.rekap.core.election.Contest;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plenary (projector) view: one desa or kecamatan at a time with its TPS, its total and its
 * findings, stepped through with next / previous. Everything is loaded once; stepping is instant.
 */
public final class ProjectorViewModel {
  /** One unit shown on the projector: its row, the rows beneath it and their findings. */
  record Unit(RecapRow total, List<RecapRow> parts, List<Finding> findings) {}

  private final Session session;
  private final Contest contest;
  private final RecapLevel level;
  private final List<Unit> units = new ArrayList<>();
  private final IntegerProperty index = new SimpleIntegerProperty(-1);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
  private final ObservableList<RecapRow> rows = FXCollections.observableArrayList();
  private final ObservableList<String> findings = FXCollections.observableArrayList();

  public ProjectorViewModel(Session session, Contest contest, RecapLevel level) {
    this.session = session;
    this.contest = contest;
    this.level = level;
    index.addListener((o, a, b) -> show(b.intValue()));
  }

  public Contest contest() {
    return contest;
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty position() {
    return position.getReadOnlyProperty();
  }

  /** The TPS (or desa) of the unit, then the unit's own total as the last row. */
  public ObservableList<RecapRow> rows() {
    return rows;
  }

  public ObservableList<String> findings() {
    return findings;
  }

  public IntegerProperty index() {
    return index;
  }

  public void load() {
    session
        .jobs()
        .run(
            session.text("recap.loading"),
            p -> compute(),
            loaded -> {
              units.clear();
              units.addAll(loaded);
              index.set(-1);
              index.set(units.isEmpty() ? -1 : 0);
            },
            failure -> {});
  }

  List<Unit> compute() {
    var ws = session.workspace();
    RecapLevel below = level == RecapLevel.DESA ? RecapLevel.TPS : RecapLevel.DESA;
    List<RecapRow> parts = ws.recap().run(contest.code(), below);
    List<Finding> all =
        ws.check().run().findings().stream().filter(f -> f.contest() == contest.code()).toList();
    List<Unit> out = new ArrayList<>();
    for (RecapRow unit : ws.recap().run(contest.code(), level)) {
      if (unit.expected() == 0) {
        continue;
      }
      out.add(
          new Unit(
              unit,
              parts.stream().filter(r -> r.code().startsWith(unit.code())).toList(),
              all.stream().filter(f -> f.code().startsWith(unit.code())).toList()));
    }
    return out;
  }

  public void next() {
    if (index.get() < units.size() - 1) {
      index.set(index.get() + 1);
    }
  }

  public void previous() {
    if (index.get() > 0) {
      index.set(index.get() - 1);
    }
  }

  private void show(int i) {
    if (i < 0 || i >= units.size()) {
      title.set("");
      position.set("");
      rows.clear();
      findings.clear();
      return;
    }
    Unit u = units.get(i);
    title.set(
        session.text("projector.title." + level.id(), u.total().name(), dotted(u.total().code())));
    position.set(
        session.text(
            "projector.position",
            i + 1,
            units.size(),
            Numbers.count((long) u.total().received()),
            Numbers.count((long) u.total().expected())));
    List<RecapRow> shown = new ArrayList<>(u.parts());
    shown.add(u.total());
    rows.setAll(shown);
    var locale = session.texts().get().locale();
    findings.setAll(
        u.findings().stream()
            .map(f -> f.rule() + " · " + f.code() + " · " + f.message(locale))
            .toList());
  }

  /** Whether a row is the unit's total (shown in bold under its parts). */
  public boolean isTotal(RecapRow row) {
    return index.get() >= 0 && row == units.get(index.get()).total();
  }

  private static String dotted(String code) {
    return code.length() <= 4
        ? code.substring(0, 2) + "." + code.substring(2)
        : code.length() == 6
            ? code.substring(0, 2) + "." + code.substring(2, 4) + "." + code.substring(4)
            : code.substring(0, 2)
                + "."
                + code.substring(2, 4)
                + "."
                + code.substring(4, 6)
                + "."
                + code.substring(6);
  }
}
