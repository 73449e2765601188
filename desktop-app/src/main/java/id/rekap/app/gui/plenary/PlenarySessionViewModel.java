package id.rekap.app.gui.plenary;

import id.rekap.app.gui.Session;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.region.LocalZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plenary session over its use cases: the chair opens it (place, now) and closes it; the clerk
 * records who attended: a committee member with the role, a witness with the participant of the
 * screen's contest, Panwaslu. The berita acara of every form is printed from these records.
 */
public final class PlenarySessionViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
  private final Session session;
  private final Supplier<ContestCode> contest;
  private final Runnable changed;
  private final StringProperty place = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final ObjectProperty<Attendee.Kind> kind =
      new SimpleObjectProperty<>(Attendee.Kind.SAKSI);
  private final StringProperty role = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
  private final StringProperty message;

  /**
   * @param contest the screen's contest (a witness represents a participant of it)
   * @param message where the outcome is said (the screen's message line)
   * @param changed what to do after a record (reload the screen)
   */
  PlenarySessionViewModel(
      Session session, Supplier<ContestCode> contest, StringProperty message, Runnable changed) {
    this.session = session;
    this.message = message;
    this.contest = contest;
    this.changed = changed;
  }

  public StringProperty place() {
    return place;
  }

  /** "Rapat pleno nomor 1 dibuka 20-02-2024 09.00 WIB di …", or that none is open. */
  public StringProperty status() {
    return status;
  }

  public ObjectProperty<Attendee.Kind> kind() {
    return kind;
  }

  /** A member's role, or a witness's participant number. */
  public StringProperty role() {
    return role;
  }

  public StringProperty name() {
    return name;
  }

  public ObservableList<Attendee> attendees() {
    return attendees;
  }

  /** Shows the open session (else the latest) and its attendance. */
  void show(List<PlenarySession> sessions) {
    PlenarySession s =
        sessions.stream()
            .filter(PlenarySession::open)
            .findFirst()
            .orElse(sessions.isEmpty() ? null : sessions.getLast());
    if (s == null) {
      status.set(session.text("plenary.session.none"));
      attendees.clear();
      return;
    }
    status.set(
        s.open()
            ? session.text("plenary.session.open", s.id(), local(s.openedAt()), s.place())
            : session.text(
                "plenary.session.closed",
                s.id(),
                local(s.openedAt()),
                local(s.closedAt()),
                s.place()));
    attendees.setAll(s.attendees());
  }

  private String local(Instant at) {
    LocalZone zone = LocalZone.of(session.workspace().info().region());
    return at.atZone(zone.zone()).format(TIME) + " " + zone.label();
  }

  public void open() {
    String where = place.get();
    act(
        u -> session.workspace().sessions().open(u, where, null),
        id -> {
          place.set("");
          return session.text("plenary.session.opened", id);
        });
  }

  public void close() {
    act(
        u -> session.workspace().sessions().close(u, null),
        id -> session.text("plenary.session.closedNow", id));
  }

  /** Records the one attendee the form describes. */
  public void attend() {
    Attendee a;
    switch (kind.get()) {
      case MEMBER -> a = Attendee.member(role.get(), name.get());
      case SAKSI -> {
        int number;
        try {
          number = Integer.parseInt(role.get().strip());
        } catch (NumberFormatException e) {
          message.set(session.text("plenary.session.participant", role.get()));
          return;
        }
        a = Attendee.saksi(contest.get(), number, name.get());
      }
      default -> a = Attendee.panwaslu(name.get());
    }
    record(List.of(a));
  }

  /** Every member of the stored committee is present. */
  public void attendCommittee() {
    record(
        session.workspace().committee().members().stream()
            .map(m -> Attendee.member(m.role(), m.name()))
            .toList());
  }

  private void record(List<Attendee> list) {
    act(
        u -> {
          session.workspace().sessions().attend(u, list);
          return (long) list.size();
        },
        n -> {
          name.set("");
          role.set("");
          return session.text("plenary.session.attended", n);
        });
  }

  private void act(UseCase useCase, java.util.function.Function<Long, String> done) {
    var user = session.user().get();
    if (user == null) {
      message.set(session.text("user.error.loginRequired"));
      return;
    }
    session
        .jobs()
        .run(
            session.text("plenary.saving"),
            p -> useCase.run(user),
            result -> {
              message.set(done.apply(result));
              session.dataChanged();
              changed.run();
            },
            t -> message.set(session.texts().get().error(t)));
  }

  @FunctionalInterface
  private interface UseCase {
    long run(id.rekap.core.user.User user);
  }
}
