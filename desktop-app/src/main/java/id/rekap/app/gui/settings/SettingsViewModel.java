package id.rekap.app.gui.settings;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.backup.Backups;
import id.rekap.core.check.Thresholds;
import id.rekap.core.report.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: the window's language and the paper size of printed forms; the workspace's identity and
 * the election's thresholds, shown read-only (they come from the election definition, and the
 * checks must use the same numbers on every machine); the last verified backup, with "back up now".
 */
public final class SettingsViewModel implements id.rekap.app.gui.Refreshable {

  /** One read-only line: what and its value. */
  public record Fact(String label, String value) {}

  private final Session session;
  private final Consumer<Locale> switchLanguage;
  private final Backups backups;
  private final StringProperty lastBackup = new SimpleStringProperty("");
  private final StringProperty secondFolder = new SimpleStringProperty("");
  private final StringProperty backupMessage = new SimpleStringProperty("");
  private final BooleanProperty backupBusy = new SimpleBooleanProperty();

  public SettingsViewModel(Session session, Consumer<Locale> switchLanguage) {
    this(session, switchLanguage, session.workspace().backups("dev"));
  }

  /**
   * @param backups the workspace's backups: the last verified one is shown, one can be taken now
   */
  public SettingsViewModel(Session session, Consumer<Locale> switchLanguage, Backups backups) {
    this.session = session;
    this.switchLanguage = switchLanguage;
    this.backups = backups;
    refresh();
  }

  /** The last verified backup: when, up to which audit event, which file; or that there is none. */
  public StringProperty lastBackup() {
    return lastBackup;
  }

  /** Where each backup is also copied (a USB stick), or how to set it. */
  public StringProperty secondFolder() {
    return secondFolder;
  }

  /** What "back up now" did. */
  public StringProperty backupMessage() {
    return backupMessage;
  }

  public BooleanProperty backupBusy() {
    return backupBusy;
  }

  /** Reads the backup folder again (a backup may have been taken in the background). */
  @Override
  public void refresh() {
    lastBackup.set(
        backups
            .lastVerified()
            .flatMap(
                e ->
                    e.manifest()
                        .map(
                            m ->
                                session.text(
                                    "settings.backup.last",
                                    session
                                        .zone()
                                        .format(m.createdAt(), session.texts().get().locale()),
                                    Numbers.count(m.head().seq()),
                                    e.file().getFileName().toString())))
            .orElse(session.text("settings.backup.none")));
    secondFolder.set(
        backups
            .secondFolder()
            .map(f -> f.path().toString())
            .orElse(session.text("settings.backup.noSecond")));
  }

  /** Takes a backup now, checked before it counts, in the background. */
  public void backupNow() {
    if (backupBusy.get()) {
      return;
    }
    backupBusy.set(true);
    backupMessage.set(session.text("settings.backup.running"));
    session
        .jobs()
        .run(
            session.text("settings.backup.job"),
            p -> backups.create("manual"),
            made -> {
              backupBusy.set(false);
              backupMessage.set(
                  made.secondProblem()
                      .map(q -> session.text(q.key(), q.args().toArray()))
                      .orElse(
                          session.text(
                              "settings.backup.done", made.backup().file().getFileName())));
              refresh();
            },
            failure -> {
              backupBusy.set(false);
              backupMessage.set(session.texts().get().error(failure));
            });
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
