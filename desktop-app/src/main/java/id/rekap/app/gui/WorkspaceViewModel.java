package id.rekap.app.gui;

import id.rekap.core.check.Finding;
import id.rekap.core.election.Contest;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State of the workspace window: its title, the status per contest, and the recap of the chosen
 * contest at the chosen level. Loading runs off the UI thread; no javafx.scene types here.
 */
public final class WorkspaceViewModel {
  private final Workspace workspace;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ObservableList<ContestStatus> status = FXCollections.observableArrayList();
  private final ObservableList<RecapRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Finding> findings = FXCollections.observableArrayList();
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<RecapLevel> level = new SimpleObjectProperty<>(RecapLevel.DESA);

  public WorkspaceViewModel(Workspace workspace) {
    this.workspace = workspace;
    var info = workspace.info();
    title.set(
        "Rekap — " + info.name() + " (" + info.region().dotted() + ", " + info.electionId() + ")");
    contest.set(workspace.election().contests().getFirst());
    contest.addListener((o, a, b) -> refresh());
    level.addListener((o, a, b) -> refresh());
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ObservableList<ContestStatus> status() {
    return status;
  }

  public ObservableList<RecapRow> rows() {
    return rows;
  }

  /** Findings of the chosen contest, errors first. */
  public ObservableList<Finding> findings() {
    return findings;
  }

  public List<Contest> contests() {
    return workspace.election().contests();
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<RecapLevel> level() {
    return level;
  }

  /** Reloads status and recap in the background. */
  public void refresh() {
    Contest c = contest.get();
    RecapLevel l = level.get();
    Task<Void> task =
        new Task<>() {
          private List<ContestStatus> s;
          private List<RecapRow> r;
          private List<Finding> f;

          @Override
          protected Void call() {
            s = workspace.status().run();
            r = workspace.recap().run(c.code(), l);
            f =
                workspace.check().run().findings().stream()
                    .filter(x -> x.contest() == c.code())
                    .sorted(java.util.Comparator.comparing(Finding::severity))
                    .toList();
            return null;
          }

          @Override
          protected void succeeded() {
            status.setAll(s);
            rows.setAll(r);
            findings.setAll(f);
          }
        };
    Thread t = new Thread(task, "rekap-refresh");
    t.setDaemon(true);
    t.start();
  }
}
