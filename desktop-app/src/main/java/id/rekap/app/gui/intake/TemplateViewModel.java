package id.rekap.app.gui.intake;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.common.StagedFile;
import id.rekap.core.election.Contest;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.template.TemplateWriter;
import id.rekap.core.user.User;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Entry templates from the app: an empty XLSX or CSV template of a ballot for the workspace's TPS
 * (the same file as {@code rekap template}), written whole or not at all, and a filled one taken in
 * as the user's keying of every filled TPS under the double-entry rules.
 */
public final class TemplateViewModel {
  private final Session session;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<TemplateFormat> format =
      new SimpleObjectProperty<>(TemplateFormat.XLSX);
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public TemplateViewModel(Session session) {
    this.session = session;
    contest.set(session.contests().getFirst());
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<TemplateFormat> format() {
    return format;
  }

  /** What was written or taken in, or why not. */
  public StringProperty message() {
    return message;
  }

  public BooleanProperty busy() {
    return busy;
  }

  /** The file name offered in the save dialog ("isian-ppwp-3101.xlsx"). */
  public String suggestedName() {
    return "isian-"
        + contest.get().code().id()
        + "-"
        + session.workspace().info().region().value()
        + "."
        + format.get().id();
  }

  /** True for a file the import screen should take in as a filled template. */
  public static boolean isTemplate(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    name = name.toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".csv");
  }

  /** Writes the empty template of the chosen ballot to {@code out}. */
  public void write(Path out) {
    Contest c = contest.get();
    TemplateFormat f = format.get();
    busy.set(true);
    message.set(session.text("template.writing"));
    session
        .jobs()
        .run(
            session.text("template.writing"),
            p -> {
              var ws = session.workspace();
              TemplateTarget target = TemplateTarget.of(ws.election(), ws.regionTree(), c.code());
              try (StagedFile staged =
                  StagedFile.write(out, o -> TemplateWriter.write(target, f, o))) {
                staged.publish();
              } catch (java.io.UncheckedIOException e) {
                throw new id.rekap.core.common.RekapException(
                    id.rekap.core.common.RekapException.Kind.STATE,
                    e,
                    "template.error.write",
                    out,
                    e.getCause().getMessage());
              }
              return target.sheets().stream().mapToInt(s -> s.tps().size()).sum();
            },
            tps -> {
              busy.set(false);
              message.set(session.text("template.written", c.name(), out, Numbers.count(tps)));
            },
            failure -> {
              busy.set(false);
              message.set(session.texts().get().error(failure));
            });
  }

  /**
   * Takes in a filled template as the user's keying of the chosen ballot (C.Hasil or salinan).
   *
   * @param done receives the sentence saying what happened
   */
  public void read(Path file, Source source, java.util.function.Consumer<String> done) {
    User user;
    try {
      user = session.requireUser();
    } catch (RuntimeException e) {
      done.accept(session.texts().get().error(e));
      return;
    }
    if (source != Source.CHASIL && source != Source.SALINAN) {
      done.accept(session.text("template.source"));
      return;
    }
    Contest c = contest.get();
    busy.set(true);
    session
        .jobs()
        .run(
            session.text("template.reading", file.getFileName()),
            p -> session.workspace().templateImport().run(user, file, c.code(), source),
            outcomes -> {
              busy.set(false);
              done.accept(summary(outcomes));
              session.dataChanged();
            },
            failure -> {
              busy.set(false);
              done.accept(session.texts().get().error(failure));
            });
  }

  private String summary(List<KeyedEntry.Outcome> outcomes) {
    long counted = outcomes.stream().filter(o -> o.state() == KeyedEntry.State.COUNTED).count();
    long waiting =
        outcomes.stream().filter(o -> o.state() == KeyedEntry.State.AWAITING_SECOND).count();
    return session.text(
        "template.read",
        Numbers.count(outcomes.size()),
        Numbers.count(counted),
        Numbers.count(waiting),
        Numbers.count(outcomes.size() - counted - waiting));
  }
}
