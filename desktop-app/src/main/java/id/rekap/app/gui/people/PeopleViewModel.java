package id.rekap.app.gui.people;

import id.rekap.app.gui.CommitteeLines;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.common.RekapException;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The people of the workspace: its users (an admin adds operators, verifiers and the chair) and the
 * committee printed in the forms' signature blocks (set by the chair). Both go through the core's
 * use cases, which check the role and write the audit log.
 */
public final class PeopleViewModel implements Refreshable {
  /** One user as listed. */
  public record Row(String name, Role role, boolean active) {}

  private final Session session;
  private final ObservableList<Row> users = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.OPERATOR);
  private final StringProperty committee = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");

  public PeopleViewModel(Session session) {
    this.session = session;
  }

  public ObservableList<Row> users() {
    return users;
  }

  public StringProperty name() {
    return name;
  }

  public ObjectProperty<Role> role() {
    return role;
  }

  /** The committee as "Jabatan=Nama" lines, in printed order. */
  public StringProperty committee() {
    return committee;
  }

  public StringProperty message() {
    return message;
  }

  public List<Role> roles() {
    return List.of(Role.values());
  }

  @Override
  public void refresh() {
    var ws = session.workspace();
    users.setAll(
        ws.users().list().stream().map(u -> new Row(u.name(), u.role(), u.active())).toList());
    committee.set(CommitteeLines.format(ws.committee().members()));
  }

  /**
   * Adds a user with a temporary password typed twice, which its holder replaces at their first
   * login; only an admin may (the core checks).
   */
  public void addUser(char[] password, char[] repeat) {
    if (!Arrays.equals(password, repeat)) {
      wipe(password, repeat);
      message.set(session.text("people.error.repeat"));
      return;
    }
    wipe(repeat);
    User by;
    try {
      by = session.requireUser();
    } catch (RekapException e) {
      wipe(password);
      message.set(session.texts().get().error(e));
      return;
    }
    String who = name.get() == null ? "" : name.get().strip();
    Role as = role.get();
    session
        .jobs()
        .run(
            session.text("people.adding"),
            p -> {
              try {
                session.workspace().users().add(by, who, as, password);
                return who;
              } finally {
                wipe(password);
              }
            },
            added -> {
              name.set("");
              refresh();
              message.set(
                  session.text("people.added", added, session.text("role." + as.id()))
                      + " "
                      + session.text("people.temporary", added));
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  /** Deactivates (or reactivates) a user; only an admin may, never themselves or the last admin. */
  public void setActive(Row row, boolean active) {
    if (row == null) {
      return;
    }
    try {
      session.workspace().users().setActive(session.requireUser(), row.name(), active);
      refresh();
      message.set(
          session.text(
              "people.activeChanged",
              row.name(),
              session.text(active ? "people.active" : "people.inactive")));
    } catch (RekapException e) {
      message.set(session.texts().get().error(e));
    }
  }

  /** Saves the committee as typed; only the chair may (the core checks). */
  public void saveCommittee() {
    try {
      var members = CommitteeLines.parse(committee.get());
      session.workspace().committee().set(session.requireUser(), members);
      refresh();
      message.set(session.text("people.committeeSaved", members.size()));
    } catch (RekapException e) {
      message.set(session.texts().get().error(e));
    }
  }

  private static void wipe(char[]... secrets) {
    for (char[] s : secrets) {
      if (s != null) {
        Arrays.fill(s, '\0');
      }
    }
  }
}
