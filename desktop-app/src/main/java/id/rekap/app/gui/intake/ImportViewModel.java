package id.rekap.app.gui.intake;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.result.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing TPS result files and folders (Sirekap JSON, keyed-form sources): the chosen paths, the
 * options of the import use case, progress with cancel, and the summary: imported, unchanged,
 * conflicts and refused files with their reasons.
 */
public final class ImportViewModel {
  private final Session session;
  private final ObservableList<Path> paths = FXCollections.observableArrayList();
  private final StringProperty contest = new SimpleStringProperty("");
  private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.SIREKAP);
  private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<String> problems = FXCollections.observableArrayList();

  private final TemplateViewModel template;

  public ImportViewModel(Session session) {
    this.session = session;
    this.template = new TemplateViewModel(session);
  }

  /** Entry templates: the empty one written, a filled one taken in. */
  public TemplateViewModel template() {
    return template;
  }

  public ObservableList<Path> paths() {
    return paths;
  }

  /** "" when the contest comes from the folders above the files. */
  public StringProperty contest() {
    return contest;
  }

  /** The source of the data, Sirekap unless told otherwise. */
  public ObjectProperty<Source> source() {
    return source;
  }

  public BooleanProperty skipInvalid() {
    return skipInvalid;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public StringProperty summary() {
    return summary;
  }

  public ObservableList<String> problems() {
    return problems;
  }

  public void add(List<Path> more) {
    for (Path p : more) {
      if (!paths.contains(p)) {
        paths.add(p);
      }
    }
  }

  public void clear() {
    paths.clear();
    summary.set("");
    problems.clear();
  }

  public void run() {
    if (paths.isEmpty() || busy.get()) {
      return;
    }
    var user = session.user().get();
    if (user == null) {
      summary.set(session.text("user.error.loginRequired"));
      return;
    }
    Optional<ContestCode> code =
        contest.get() == null || contest.get().isEmpty()
            ? Optional.empty()
            : ContestCode.of(contest.get());
    if (code.isEmpty() && session.contests().size() == 1) {
      // one ballot in the workspace: files without a contest folder are of that ballot
      code = Optional.of(session.contests().getFirst().code());
    }
    if (paths.size() == 1 && TemplateViewModel.isTemplate(paths.getFirst())) {
      readTemplate(code);
      return;
    }
    long[] kept = {0, 0};
    ImportRequest request =
        new ImportRequest(
            List.copyOf(paths), code, source.get(), skipInvalid.get(), Optional.empty());
    busy.set(true);
    summary.set(session.text("import.running"));
    problems.clear();
    session
        .jobs()
        .run(
            session.text("import.job", paths.size()),
            progress ->
                session
                    .workspace()
                    .importResults()
                    .run(
                        user,
                        request,
                        (done, total) -> {
                          // stops between files: each file written so far stays, whole
                          if (progress.cancelled()) {
                            throw new CancellationException();
                          }
                          progress.update(done, total);
                          kept[0] = done;
                          kept[1] = total;
                        }),
            s -> {
              busy.set(false);
              show(s);
              session.dataChanged();
            },
            failure -> {
              busy.set(false);
              if (failure instanceof CancellationException && !request.skipInvalid()) {
                // an import that refuses on any bad file is one transaction (ADR 0029): a cancel
                // rolls all of it back
                summary.set(session.text("import.cancelledNothing", Numbers.count(kept[1])));
              } else if (failure instanceof CancellationException) {
                // what was written before the cancel stays, whole: say how much
                summary.set(
                    session.text(
                        "import.cancelled", Numbers.count(kept[0]), Numbers.count(kept[1])));
                session.dataChanged();
              } else {
                summary.set(session.texts().get().error(failure));
              }
            });
  }

  /** A filled entry template: the user's keying of every filled TPS of one ballot. */
  private void readTemplate(Optional<ContestCode> code) {
    if (code.isEmpty()) {
      summary.set(session.text("template.contest"));
      return;
    }
    session.contests().stream()
        .filter(c -> c.code() == code.get())
        .findFirst()
        .ifPresent(template.contest()::set);
    problems.clear();
    busy.set(true);
    summary.set(session.text("import.running"));
    template.read(
        paths.getFirst(),
        source.get(),
        said -> {
          busy.set(false);
          summary.set(said);
        });
  }

  private void show(ImportSummary s) {
    summary.set(
        session.text(
            "import.summary",
            Numbers.count((long) s.files()),
            Numbers.count((long) s.imported()),
            Numbers.count((long) s.unchanged()),
            Numbers.count((long) s.conflicts().size()),
            Numbers.count((long) s.refused().size()),
            Numbers.count((long) s.notDigitised()),
            Numbers.count((long) s.corrected()),
            Numbers.count((long) s.outside())));
    if (s.skipped() > 0) {
      summary.set(
          summary.get() + " " + session.text("import.skipped", Numbers.count((long) s.skipped())));
    }
    if (s.revoted() > 0 || s.published() > 0) {
      summary.set(
          summary.get()
              + " "
              + session.text(
                  "import.revotedPublished",
                  Numbers.count((long) s.revoted()),
                  Numbers.count((long) s.published())));
    }
    var locale = session.texts().get().locale();
    for (RekapException e : s.refused()) {
      problems.add(session.text("import.refused", e.localized(locale)));
    }
    for (ImportSummary.Conflict c : s.conflicts()) {
      problems.add(
          session.text(
              c.why() == ImportSummary.Why.REVOTED ? "import.conflictRevote" : "import.conflict",
              c.file().getFileName(),
              c.tps(),
              c.contest()));
    }
    if (!s.refused().isEmpty() && !s.applied()) {
      problems.addFirst(session.text("import.nothing"));
    }
  }
}
