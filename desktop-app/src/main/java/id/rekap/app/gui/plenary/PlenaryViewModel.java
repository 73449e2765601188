package id.rekap.app.gui.plenary;

import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenaryRepository;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plenary's records over the use cases: objections and special events with the chair's
 * response, corrections of adopted numbers (reason, evidence, proposer; approved by the logged-in
 * chair; history per TPS), and bottom-up adoption. Every refusal is shown as the use case says it.
 */
public final class PlenaryViewModel implements Refreshable {
  private final Session session;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final StringProperty place = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final ObservableList<PlenaryRepository.ObjectionRow> objections =
      FXCollections.observableArrayList();
  private final ObservableList<PlenaryRepository.CorrectionRow> history =
      FXCollections.observableArrayList();
  private final ObservableList<AdoptionRepository.Adopted> adoptions =
      FXCollections.observableArrayList();

  // objection form
  private final ObjectProperty<Objections.Kind> kind =
      new SimpleObjectProperty<>(Objections.Kind.KEBERATAN);
  private final StringProperty raisedBy = new SimpleStringProperty("");
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty response = new SimpleStringProperty("");
  private final ObjectProperty<Objections.Decision> decision =
      new SimpleObjectProperty<>(Objections.Decision.REJECTED);
  private final ObjectProperty<PlenaryRepository.ObjectionRow> selectedObjection =
      new SimpleObjectProperty<>();

  // correction form
  private final StringProperty field = new SimpleStringProperty("");
  private final StringProperty newValue = new SimpleStringProperty("");
  private final StringProperty reason = new SimpleStringProperty("");
  private final ObjectProperty<Evidence> evidence = new SimpleObjectProperty<>(Evidence.PLANO);
  private final StringProperty proposedBy = new SimpleStringProperty("");

  private final AdoptionViewModel adoption;

  // the witness's participant and Panwaslu's recommendation on an objection
  private final StringProperty participant = new SimpleStringProperty("");
  private final StringProperty recommendation = new SimpleStringProperty("");

  private final PlenarySessionViewModel sessions;

  public PlenaryViewModel(Session session) {
    this.session = session;
    contest.set(session.contests().getFirst());
    adoption = new AdoptionViewModel(session, contest, place, message, this::refresh);
    place.addListener((o, a, b) -> loadHistory());
    this.sessions =
        new PlenarySessionViewModel(session, () -> contest.get().code(), message, this::refresh);
    contest.addListener((o, a, b) -> adoption.refresh());
  }

  /** The plenary session: place, opening and closing, attendance. */
  public PlenarySessionViewModel sessions() {
    return sessions;
  }

  /** The number of the participant the raising witness represents (blank: not a witness). */
  public StringProperty participant() {
    return participant;
  }

  public StringProperty recommendation() {
    return recommendation;
  }

  /** The chair's adoption decisions on the place (issue 14 §3). */
  public AdoptionViewModel adoption() {
    return adoption;
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  /** The TPS or region the plenary is on (a code, dots allowed). */
  public StringProperty place() {
    return place;
  }

  public StringProperty message() {
    return message;
  }

  public ObservableList<PlenaryRepository.ObjectionRow> objections() {
    return objections;
  }

  public ObservableList<PlenaryRepository.CorrectionRow> history() {
    return history;
  }

  public ObservableList<AdoptionRepository.Adopted> adoptions() {
    return adoptions;
  }

  public ObjectProperty<Objections.Kind> kind() {
    return kind;
  }

  public StringProperty raisedBy() {
    return raisedBy;
  }

  public StringProperty text() {
    return text;
  }

  public StringProperty response() {
    return response;
  }

  public ObjectProperty<Objections.Decision> decision() {
    return decision;
  }

  public ObjectProperty<PlenaryRepository.ObjectionRow> selectedObjection() {
    return selectedObjection;
  }

  public StringProperty field() {
    return field;
  }

  public StringProperty newValue() {
    return newValue;
  }

  public StringProperty reason() {
    return reason;
  }

  public ObjectProperty<Evidence> evidence() {
    return evidence;
  }

  public StringProperty proposedBy() {
    return proposedBy;
  }

  /** The plenary's decision in words, recorded with an adoption. */
  public StringProperty adoptionNote() {
    return adoption.note();
  }

  /** The fields a correction can change: blocks I–III and V, then the contest's vote cells. */
  public List<String> correctableFields() {
    List<String> out = new ArrayList<>();
    for (AdminField f : AdminField.values()) {
      out.add(FieldLabels.of(f));
    }
    Contest c = contest.get();
    if (c.shape() == id.rekap.core.election.Shape.CANDIDATES) {
      c.candidates().forEach(x -> out.add("choices." + x.number()));
    }
    return out;
  }

  /** Goes to a place (from another screen). */
  public void focus(ContestCode code, String where) {
    session.contests().stream().filter(c -> c.code() == code).findFirst().ifPresent(contest::set);
    place.set(where == null ? "" : where);
  }

  @Override
  public void refresh() {
    var ws = session.workspace();
    session
        .jobs()
        .run(
            session.text("plenary.loading"),
            p -> new Loaded(ws.objections().list(""), ws.adoptions().list(), ws.sessions().list()),
            loaded -> {
              objections.setAll(loaded.objections());
              adoptions.setAll(loaded.adoptions());
              sessions.show(loaded.sessions());
              loadHistory();
            },
            this::failed);
    adoption.refresh();
  }

  private record Loaded(
      List<PlenaryRepository.ObjectionRow> objections,
      List<AdoptionRepository.Adopted> adoptions,
      List<id.rekap.core.plenary.PlenarySession> sessions) {}

  private void loadHistory() {
    var tps = TpsCode.parse(clean(place.get()));
    if (tps.isEmpty()) {
      history.clear();
      return;
    }
    history.setAll(session.workspace().corrections().history(tps.get(), contest.get().code()));
  }

  public void recordObjection() {
    ContestCode c = contest.get().code();
    String where = clean(place.get());
    var k = kind.get();
    String by = raisedBy.get();
    String what = text.get();
    Integer number;
    try {
      number = participant.get().isBlank() ? null : Integer.valueOf(participant.get().strip());
    } catch (NumberFormatException e) {
      message.set(session.text("plenary.session.participant", participant.get()));
      return;
    }
    act(
        u ->
            session
                .workspace()
                .objections()
                .record(u, new Objections.Raised(k, c, number, where, by, what)),
        id -> {
          text.set("");
          participant.set("");
          return session.text("plenary.objectionRecorded", id, where);
        });
  }

  /** Records Panwaslu's recommendation on the selected objection. */
  public void recommend() {
    var o = selectedObjection.get();
    if (o == null) {
      message.set(session.text("plenary.chooseObjection"));
      return;
    }
    String what = recommendation.get();
    act(
        u -> {
          session.workspace().objections().recommend(u, o.id(), what);
          return o.id();
        },
        id -> {
          recommendation.set("");
          return session.text("plenary.recommended", id);
        });
  }

  public void respond() {
    var o = selectedObjection.get();
    if (o == null) {
      message.set(session.text("plenary.chooseObjection"));
      return;
    }
    String answer = response.get();
    var d = decision.get();
    act(
        u -> {
          session.workspace().objections().respond(u, o.id(), answer, d);
          return o.id();
        },
        id -> {
          response.set("");
          return session.text("plenary.responded", id);
        });
  }

  public void correct() {
    Integer value;
    try {
      value = newValue.get().isBlank() ? null : Integer.valueOf(newValue.get().strip());
    } catch (NumberFormatException e) {
      message.set(session.text("plenary.notANumber", newValue.get()));
      return;
    }
    var tps = TpsCode.parse(clean(place.get()));
    if (tps.isEmpty()) {
      message.set(session.text("plenary.tpsNeeded"));
      return;
    }
    Map<String, Integer> changes = new java.util.HashMap<>();
    changes.put(field.get(), value);
    var request =
        new Corrections.Request(
            tps.get(),
            contest.get().code(),
            changes,
            reason.get(),
            evidence.get(),
            proposedBy.get());
    act(
        u -> session.workspace().corrections().correct(u, request),
        r -> {
          reason.set("");
          newValue.set("");
          return session.text("plenary.corrected", field.get(), r.tps().value());
        });
  }

  /** Adopts the place in one decision (see {@link AdoptionViewModel#adopt}). */
  public void adopt() {
    adoption.adopt();
  }

  /** Runs a recording use case as the logged-in user, then reloads and reports. */
  private <T> void act(UseCase<T> useCase, Function<T, String> done) {
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
              refresh();
            },
            this::failed);
  }

  @FunctionalInterface
  private interface UseCase<T> {
    T run(id.rekap.core.user.User user);
  }

  private void failed(Throwable t) {
    message.set(session.texts().get().error(t));
  }

  private static String clean(String code) {
    return code == null ? "" : code.replace(".", "").strip();
  }
}
