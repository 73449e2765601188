package id.rekap.app.gui.shell;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.FxJobs;
import id.rekap.app.gui.Screen;
import id.rekap.app.gui.Session;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: navigation on the left, the chosen screen in the middle, a status bar with the
 * user, the last notice and the running job (progress and cancel) at the bottom.
 */
public final class MainView {
  private final MainViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final StackPane content = new StackPane();
  private final Map<Screen, Supplier<Node>> factories;
  private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
  private final ToggleGroup navigation = new ToggleGroup();

  public MainView(
      MainViewModel model, Session session, FxJobs jobs, Map<Screen, Supplier<Node>> factories) {
    this.model = model;
    this.session = session;
    this.factories = factories;
    root.getStyleClass().add("main");
    root.setLeft(navigation());
    root.setCenter(content);
    root.setBottom(statusBar(jobs));
    String warning = model.integrityWarning();
    if (!warning.isEmpty()) {
      Label banner = new Label(warning);
      banner.setId("integrity-banner");
      banner.setWrapText(true);
      banner.setMaxWidth(Double.MAX_VALUE);
      banner.getStyleClass().addAll(Styles.DANGER, Styles.TITLE_4);
      banner.setPadding(new Insets(8, 12, 8, 12));
      banner.setStyle("-fx-background-color: -color-danger-subtle;");
      root.setTop(banner);
    }
    show(model.screen().get());
    model.screen().addListener((o, a, b) -> show(b));
  }

  public Parent root() {
    return root;
  }

  /** Ctrl+1 … Ctrl+9 open the first nine screens in the navigation's order. */
  public void installShortcuts() {
    for (Screen s : Screen.values()) {
      if (!s.hasShortcut()) {
        continue;
      }
      KeyCombination keys =
          new KeyCodeCombination(
              KeyCode.valueOf("DIGIT" + (s.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
      root.getScene().getAccelerators().put(keys, () -> model.go(s));
    }
  }

  private Node navigation() {
    Label app = new Label(session.text("app.name"));
    app.getStyleClass().addAll(Styles.TITLE_3, "brand");
    Label where = new Label(model.title());
    where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    where.setWrapText(true);
    Label election = new Label(model.election());
    election.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    election.setWrapText(true);
    VBox nav = new VBox(2, app, where, election, spacer(12));
    for (Screen s : Screen.values()) {
      ToggleButton b = new ToggleButton(session.text(s.textKey()));
      b.setId("nav-" + s.id());
      b.setToggleGroup(navigation);
      b.setUserData(s);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setAlignment(Pos.CENTER_LEFT);
      b.getStyleClass().add("nav-item");
      String tip = session.text(s.textKey() + ".tip");
      b.setTooltip(new Tooltip(s.hasShortcut() ? tip + "  (Ctrl+" + (s.ordinal() + 1) + ")" : tip));
      b.setOnAction(
          e -> {
            model.go(s);
            // the screen shown stays selected, also when the user chose to stay
            navigation.getToggles().stream()
                .filter(t -> t.getUserData() == model.screen().get())
                .findFirst()
                .ifPresent(t -> t.setSelected(true));
          });
      nav.getChildren().add(b);
    }
    nav.setPadding(new Insets(14, 10, 14, 10));
    nav.setPrefWidth(210);
    nav.getStyleClass().add("nav");
    return nav;
  }

  private static Region spacer(double height) {
    Region r = new Region();
    r.setMinHeight(height);
    return r;
  }

  private Node statusBar(FxJobs jobs) {
    Label user = new Label();
    user.textProperty().bind(model.userLabel());
    user.setId("status-user");
    Label notice = new Label();
    notice.textProperty().bind(model.notice());
    notice.setId("status-notice");
    Label job = new Label();
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(160);
    Button cancel = new Button(session.text("status.cancel"));
    cancel.getStyleClass().add(Styles.SMALL);
    cancel.setId("job-cancel");
    job.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> jobs.running().get() == null ? "" : jobs.running().get().getTitle(),
                jobs.running()));
    jobs.running()
        .addListener(
            (o, a, b) -> {
              progress.progressProperty().unbind();
              if (b != null) {
                progress.progressProperty().bind(b.progressProperty());
              }
            });
    progress.visibleProperty().bind(jobs.running().isNotNull());
    cancel.visibleProperty().bind(jobs.running().isNotNull());
    cancel.setOnAction(
        e -> {
          if (jobs.running().get() != null) {
            jobs.running().get().cancel();
          }
        });
    Button logout = new Button(session.text("status.logout"));
    logout.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    logout.setId("logout");
    logout.setOnAction(e -> model.logout());
    Button other = new Button(session.text("status.otherWorkspace"));
    other.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    other.setId("switch-workspace");
    other.setOnAction(e -> model.switchWorkspace());
    other.setVisible(model.canSwitchWorkspace());
    other.setManaged(model.canSwitchWorkspace());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(10, user, logout, other, notice, grow, job, progress, cancel);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 12, 4, 12));
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private void show(Screen s) {
    Node view = built.computeIfAbsent(s, x -> factories.get(x).get());
    content.getChildren().setAll(view);
    navigation.getToggles().stream()
        .filter(t -> t.getUserData() == s)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }
}
