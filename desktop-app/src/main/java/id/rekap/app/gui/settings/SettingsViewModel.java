package id.rekap.app.gui.settings;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.check.Thresholds;
import id.rekap.core.report.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * Settings: the window's language and the paper size of printed forms; the workspace's identity and
 * the election's thresholds, shown read-only (they come from the election definition, and the
 * checks must use the same numbers on every machine).
 */
public final class SettingsViewModel {
  /** One read-only line: what and its value. */
  public record Fact(String label, String value) {}

  private final Session session;
  private final Consumer<Locale> switchLanguage;

  public SettingsViewModel(Session session, Consumer<Locale> switchLanguage) {
    this.session = session;
    this.switchLanguage = switchLanguage;
  }

  public ObjectProperty<Paper> paper() {
    return session.paper();
  }

  public boolean english() {
    return session.texts().get().english();
  }

  public void language(boolean english) {
    if (english != english()) {
      switchLanguage.accept(english ? Locale.ENGLISH : Locale.of("id", "ID"));
    }
  }

  public List<Fact> workspace() {
    var info = session.workspace().info();
    return List.of(
        new Fact(session.text("settings.name"), info.name()),
        new Fact(
            session.text("settings.level"), session.text("workspace.level." + info.level().id())),
        new Fact(session.text("settings.region"), info.region().dotted()),
        new Fact(session.text("settings.folder"), session.workspace().folder().toString()),
        new Fact(session.text("settings.created"), session.time(info.createdAt())));
  }

  public List<Fact> election() {
    var e = session.workspace().election();
    Thresholds t = Thresholds.of(e);
    List<Fact> out = new ArrayList<>();
    out.add(new Fact(session.text("settings.election"), e.name() + " (" + e.id() + ")"));
    out.add(
        new Fact(session.text("settings.mode"), session.text("settings.mode." + e.mode().id())));
    out.add(new Fact(session.text("settings.date"), e.date()));
    out.add(
        new Fact(session.text("settings.maxVoters"), Numbers.count((long) t.maxVotersPerTps())));
    out.add(new Fact(session.text("settings.reserve"), percent(t.reservePercent())));
    out.add(new Fact(session.text("settings.tpsCap"), Numbers.count(t.tpsCap())));
    out.add(new Fact(session.text("settings.maxBox"), Numbers.count((long) t.maxBoxValue())));
    out.add(
        new Fact(
            session.text("settings.ballotTolerance"), Numbers.count((long) t.ballotTolerance())));
    out.add(
        new Fact(session.text("settings.outlierVotes"), Numbers.count((long) t.outlierMinVotes())));
    out.add(new Fact(session.text("settings.outlierDpt"), Numbers.count((long) t.outlierMinDpt())));
    out.add(
        new Fact(
            session.text("settings.contests"),
            String.join(", ", e.contests().stream().map(c -> c.name()).toList())));
    return out;
  }

  private static String percent(double value) {
    var f = java.text.NumberFormat.getNumberInstance(id.rekap.core.common.Messages.INDONESIAN);
    f.setMaximumFractionDigits(2);
    return f.format(value) + " %";
  }
}
