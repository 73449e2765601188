// Over 400 lines: the adoption screen's decision list and its ruling and re-opening actions act
// on one selection and one refresh, kept together; the actions could move into a class of their
// own.
package id.rekap.app.gui.plenary;

import id.rekap.app.gui.Session;
import id.rekap.core.adoption.AdoptionPlan;
import id.rekap.core.adoption.Adoptions;
import id.rekap.core.adoption.Block;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.adoption.QueueItem;
import id.rekap.core.adoption.Reason;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.user.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chair's adoption as the plenary runs it (issue 14 §3): the queue of desa (kecamatan at
 * kab/kota), the preview of one decision on the place (what it adopts, what was adopted before,
 * what it leaves out and why), the decision itself after one confirmation, the plenary's ruling on
 * a held TPS or region, the PPK package's numbers taken over at a TPS in conflict, a re-opening
 * with its reason, and the history of the place.
 */
public final class AdoptionViewModel {
  private final Session session;
  private final ObjectProperty<Contest> contest;
  private final StringProperty place;
  private final StringProperty message;
  private final Runnable reload;

  private final ObservableList<QueueItem> queue = FXCollections.observableArrayList();
  private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
  private final ObservableList<Decision> history = FXCollections.observableArrayList();
  private final ObjectProperty<AdoptionPlan> plan = new SimpleObjectProperty<>();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty words = new SimpleStringProperty("");
  private final ObjectProperty<PlanItem> selected = new SimpleObjectProperty<>();
  private final StringProperty target = new SimpleStringProperty("");
  private final BooleanProperty packageConflict = new SimpleBooleanProperty();

  AdoptionViewModel(
      Session session,
      ObjectProperty<Contest> contest,
      StringProperty place,
      StringProperty message,
      Runnable reload) {
    this.session = session;
    this.reload = reload;
    this.contest = contest;
    this.place = place;
    this.message = message;
    selected.addListener((o, a, b) -> showTarget());
    place.addListener((o, a, b) -> placeChanged());
  }

  /** The chair's queue: each desa (kecamatan at kab/kota) and the workspace's region. */
  public ObservableList<QueueItem> queue() {
    return queue;
  }

  /** The places of the previewed decision: left out first, then adopted now, then before. */
  public ObservableList<PlanItem> items() {
    return items;
  }

  /** The adoption history of the place (every decision on it, above it or beneath it). */
  public ObservableList<Decision> history() {
    return history;
  }

  public ObjectProperty<AdoptionPlan> plan() {
    return plan;
  }

  /** The preview in one sentence. */
  public StringProperty summary() {
    return summary;
  }

  /** The plenary's decision in words, recorded with the adoption. */
  public StringProperty note() {
    return note;
  }

  /** The words of a ruling, a re-opening or taking over the package's numbers. */
  public StringProperty words() {
    return words;
  }

  /** The row of the preview chosen: what a ruling, a re-opening or the package acts on. */
  public ObjectProperty<PlanItem> selected() {
    return selected;
  }

  /** The place a ruling or re-opening acts on, in words. */
  public StringProperty target() {
    return target;
  }

  /** Whether the chosen TPS is held by a conflict with the PPK's package (kab/kota). */
  public BooleanProperty packageConflict() {
    return packageConflict;
  }

  /** Reloads the queue, the preview of the place and its history. */
  public void refresh() {
    ContestCode code = contest.get().code();
    String where = clean(place.get());
    var ws = session.workspace();
    session
        .jobs()
        .run(
            session.text("adoption.loading"),
            p ->
                new Loaded(
                    code,
                    where,
                    ws.adoptions().queue(code),
                    previewOf(code, where),
                    ws.adoptions().history(code, where)),
            this::show,
            t -> message.set(session.texts().get().error(t)));
  }

  private record Loaded(
      ContestCode contest,
      String where,
      List<QueueItem> queue,
      Preview preview,
      List<Decision> history) {}

  /** A preview, or why there is none for what is typed in the place. */
  private record Preview(AdoptionPlan plan, String refusal) {}

  private Preview previewOf(ContestCode code, String where) {
    if (!complete(where)) {
      return new Preview(null, null);
    }
    try {
      return new Preview(session.workspace().adoptions().preview(code, where, Map.of()), null);
    } catch (RuntimeException e) {
      return new Preview(null, session.texts().get().error(e));
    }
  }

  private void show(Loaded loaded) {
    if (loaded.contest() != contest.get().code() || !loaded.where().equals(clean(place.get()))) {
      return; // typed on meanwhile: the newer load shows
    }
    queue.setAll(loaded.queue());
    history.setAll(loaded.history().reversed());
    showPreview(loaded.preview());
  }

  private void showPreview(Preview p) {
    plan.set(p.plan());
    selected.set(null);
    if (p.plan() == null) {
      items.clear();
      summary.set(p.refusal() != null ? p.refusal() : session.text("adoption.choosePlace"));
    } else {
      List<PlanItem> rows = new ArrayList<>(p.plan().items());
      rows.sort(Comparator.comparingInt(i -> ORDER.indexOf(i.status())));
      items.setAll(rows);
      summary.set(summaryOf(p.plan()));
    }
    showTarget();
  }

  private static final List<PlanItem.Status> ORDER =
      List.of(PlanItem.Status.BLOCKED, PlanItem.Status.ADOPT, PlanItem.Status.ALREADY);

  private void placeChanged() {
    String where = clean(place.get());
    if (complete(where) || where.isEmpty()) {
      refresh();
    }
  }

  /** The preview in words: the place by name, then what the decision does. */
  String summaryOf(AdoptionPlan p) {
    String name = placeName(p.place());
    PlanItem at = p.placeItem();
    if (at.status() == PlanItem.Status.ALREADY) {
      return session.text("adoption.summary.already", name);
    }
    String counts =
        session.text(
            "adoption.summary.counts",
            p.tpsCount(PlanItem.Status.ADOPT),
            p.tpsCount(PlanItem.Status.ALREADY),
            p.tpsCount(PlanItem.Status.BLOCKED));
    if (p.adopting().isEmpty()) {
      return session.text("adoption.summary.none", name, counts);
    }
    return session.text(
        p.complete() ? "adoption.summary.complete" : "adoption.summary.partial", name, counts);
  }

  /** A place as the room reads it: its name and its dotted code. */
  String placeName(String code) {
    if (code.length() == id.rekap.core.region.TpsCode.DIGITS) {
      return session.text("adoption.tps", new id.rekap.core.region.TpsCode(code).dotted());
    }
    var region = new id.rekap.core.region.RegionCode(code);
    return session.workspace().regionTree().nameOf(region) + " (" + region.dotted() + ")";
  }

  /** What a row of the preview says: adopted now, adopted before, or left out and why. */
  public String status(PlanItem item) {
    return session.text(
        "adoption.status." + item.status().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Why a place is left out, or the plenary's ruling that lets it in, in the user's words. */
  public String why(PlanItem item) {
    if (item.status() == PlanItem.Status.BLOCKED) {
      return blocks(item.blocks());
    }
    if (item.ruling() != null) {
      return session.text("adoption.ruled", item.ruling());
    }
    return item.lifted() == null ? "" : session.text("adoption.liftedBefore", item.lifted());
  }

  String blocks(List<Block> blocks) {
    return blocks.stream()
        .map(
            b ->
                b.reason() == Reason.BELOW
                    // the places beneath are in the rows above; their count says enough here
                    ? session.text("adoption.below", b.detail().size())
                    : b.message(session.texts().get().locale()))
        .collect(Collectors.joining("; "));
  }

  /** Where a place of the queue stands, in words. */
  public String state(QueueItem q) {
    return session.text("adoption.queue." + q.state().id());
  }

  /** One history entry in words. */
  public String describe(Decision d) {
    return switch (d.kind()) {
      case ADOPT ->
          session.text(
              "adoption.history.adopt",
              d.codes().size(),
              d.leftOut().size(),
              d.text() == null ? "" : d.text());
      case RULING -> session.text("adoption.history.ruling", d.text() == null ? "" : d.text());
      case REOPEN -> session.text("adoption.history.reopen", d.text());
      case LIFT -> session.text("adoption.history.lift", d.text());
      case USE_PACKAGE -> session.text("adoption.history.usePackage", d.text());
    };
  }

  /** The kind of a history entry in words. */
  public String kind(Decision d) {
    return session.text("adoption.kind." + d.kind().id());
  }

  /**
   * The chair's decision on the place: a region after one confirmation naming what it adopts and
   * what it leaves out; exactly what the preview showed is adopted (anything changed meanwhile
   * refuses it).
   */
  public void adopt() {
    ContestCode code = contest.get().code();
    String where = clean(place.get());
    String text = note.get();
    AdoptionPlan shown = plan.get();
    Adoptions.Request request;
    if (shown != null && shown.place().equals(where) && shown.scope() != AdoptionPlan.Scope.TPS) {
      if (shown.adopting().isEmpty()) {
        message.set(summaryOf(shown));
        return;
      }
      if (!session
          .asker()
          .confirm(
              session.text("adoption.confirm", placeName(where)),
              doubts(shown),
              session.text("adoption.confirmYes"))) {
        return;
      }
      request = new Adoptions.Request(code, where, text, Map.of(), true, shown.adoptingDigests());
    } else {
      request = Adoptions.Request.of(code, where, text);
    }
    act(
        u -> session.workspace().adoptions().decide(u, request),
        out -> {
          note.set("");
          AdoptionPlan p = out.plan();
          return session.text(
              p.complete() ? "adoption.done.complete" : "adoption.done.partial",
              placeName(p.place()),
              p.tpsCount(PlanItem.Status.ADOPT),
              p.tpsCount(PlanItem.Status.BLOCKED),
              out.decision());
        });
  }

  /** The lines of the confirmation: what is adopted now, before, and left out with why. */
  List<String> doubts(AdoptionPlan p) {
    List<String> out = new ArrayList<>();
    out.add(
        session.text(
            "adoption.confirm.adopting",
            p.tpsCount(PlanItem.Status.ADOPT),
            p.adopting().size() - p.tpsCount(PlanItem.Status.ADOPT)));
    if (!p.already().isEmpty()) {
      out.add(session.text("adoption.confirm.already", p.already().size()));
    }
    List<PlanItem> own =
        p.leftOut().stream()
            .filter(i -> i.blocks().stream().anyMatch(b -> b.reason() != Reason.BELOW))
            .toList();
    if (!own.isEmpty()) {
      out.add(session.text("adoption.confirm.leftOut", own.size()));
      for (PlanItem i : own.subList(0, Math.min(LISTED, own.size()))) {
        out.add("  " + placeName(i.code()) + ": " + blocks(i.blocks()));
      }
      if (own.size() > LISTED) {
        out.add("  " + session.text("adoption.confirm.more", own.size() - LISTED));
      }
      out.add(session.text("adoption.confirm.draft"));
    }
    return out;
  }

  private static final int LISTED = 12;

  /** Records the plenary's ruling on the chosen row (or the place), without adopting anything. */
  public void rule() {
    ContestCode code = contest.get().code();
    String at = targetCode();
    String text = words.get();
    act(
        u -> session.workspace().adoptions().rule(u, code, at, text),
        id -> {
          words.set("");
          return session.text("adoption.done.ruling", placeName(at), id);
        });
  }

  /** Re-opens the adoption of the chosen row (or the place) with the reason given. */
  public void reopen() {
    ContestCode code = contest.get().code();
    String at = targetCode();
    String reason = words.get();
    act(
        u -> session.workspace().adoptions().reopen(u, code, at, reason),
        codes -> {
          words.set("");
          return session.text(
              "adoption.done.reopen",
              codes.stream().map(this::placeName).collect(Collectors.joining(", ")));
        });
  }

  /** Kab/kota: the PPK package's numbers count at the chosen TPS, with the reason given. */
  public void usePackage() {
    ContestCode code = contest.get().code();
    String at = targetCode();
    String reason = words.get();
    act(
        u -> session.workspace().adoptions().usePackage(u, code, at, reason),
        sources -> {
          words.set("");
          return session.text(
              "adoption.done.usePackage",
              placeName(at),
              sources.stream()
                  .map(s -> session.text("adoption.source." + s.id()))
                  .collect(Collectors.joining(", ")));
        });
  }

  private String targetCode() {
    PlanItem item = selected.get();
    return item != null ? item.code() : clean(place.get());
  }

  private void showTarget() {
    PlanItem item = selected.get();
    String at = targetCode();
    target.set(at.isEmpty() || !complete(at) ? "" : placeName(at));
    packageConflict.set(
        item != null
            && item.blocks().stream().anyMatch(b -> b.reason() == Reason.PACKAGE_CONFLICT));
  }

  /** Runs a decision as the logged-in user, then reloads everything and reports. */
  private <T> void act(Function<User, T> useCase, Function<T, String> done) {
    User user = session.user().get();
    if (user == null) {
      message.set(session.text("user.error.loginRequired"));
      return;
    }
    session
        .jobs()
        .run(
            session.text("plenary.saving"),
            p -> useCase.apply(user),
            result -> {
              message.set(done.apply(result));
              session.dataChanged();
              reload.run();
            },
            t -> message.set(session.texts().get().error(t)));
  }

  /** A code the decision can be on: a kab/kota, kecamatan, desa or TPS. */
  private static boolean complete(String code) {
    return switch (code.length()) {
      case 4, 6, 10, 13 -> code.chars().allMatch(Character::isDigit);
      default -> false;
    };
  }

  static String clean(String code) {
    return code == null ? "" : code.replace(".", "").strip();
  }
}
