package id.rekap.app.gui;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.report.Paper;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen shares: the open workspace, the logged-in user (passed to every use case that
 * records something), the language, the paper size, the background jobs, and a counter that goes up
 * whenever the data changed, so the screens know to reload.
 */
public final class Session {
  private final Workspace workspace;
  private final Jobs jobs;
  private final Clock clock;
  private final ObjectProperty<User> user = new SimpleObjectProperty<>();
  private final ObjectProperty<Texts> texts;
  private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
  private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper();
  private Asker asker = Asker.ALWAYS;

  public Session(Workspace workspace, Jobs jobs, Clock clock, Locale locale) {
    this.workspace = workspace;
    this.jobs = jobs;
    this.clock = clock;
    this.texts = new SimpleObjectProperty<>(new Texts(locale));
  }

  public Workspace workspace() {
    return workspace;
  }

  public Jobs jobs() {
    return jobs;
  }

  public Clock clock() {
    return clock;
  }

  public ObjectProperty<User> user() {
    return user;
  }

  /** The logged-in user, or a refusal the screen shows (every recorded action names its user). */
  public User requireUser() {
    User u = user.get();
    if (u == null) {
      throw RekapException.badInput("user.error.loginRequired");
    }
    return u;
  }

  public ObjectProperty<Texts> texts() {
    return texts;
  }

  /** Shorthand for the current language's text of a key. */
  public String text(String key, Object... args) {
    return texts.get().get(key, args);
  }

  public ObjectProperty<Paper> paper() {
    return paper;
  }

  public List<Contest> contests() {
    return workspace.election().contests();
  }

  /** Who answers the view models' questions (the window's dialogs; a fixed answer in tests). */
  public Asker asker() {
    return asker;
  }

  public void asker(Asker asker) {
    this.asker = asker;
  }

  /** The tally centre's time zone (WIB, WITA, WIT), from the workspace's region. */
  public id.rekap.core.region.LocalZone zone() {
    return id.rekap.core.region.LocalZone.of(workspace.info().region().value());
  }

  /** A stored ISO time as people read it, in the tally centre's zone and the window's language. */
  public String time(String iso) {
    return zone().format(iso, texts.get().locale());
  }

  public ReadOnlyLongProperty dataVersion() {
    return dataVersion.getReadOnlyProperty();
  }

  /** Tells every screen that the stored data changed (after an import, a keying, an adoption). */
  public void dataChanged() {
    dataVersion.set(dataVersion.get() + 1);
  }
}
