package id.rekap.app.gui.settings;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.core.report.Paper;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: language and paper; the workspace and the election's thresholds, read-only. */
public final class SettingsView {
  private final BorderPane root = new BorderPane();

  public SettingsView(SettingsViewModel model, Session session) {
    ToggleGroup language = new ToggleGroup();
    RadioButton indonesian = new RadioButton("Bahasa Indonesia");
    indonesian.setToggleGroup(language);
    indonesian.setId("settings-id");
    RadioButton english = new RadioButton("English");
    english.setToggleGroup(language);
    english.setId("settings-en");
    (model.english() ? english : indonesian).setSelected(true);
    indonesian.setOnAction(e -> model.language(false));
    english.setOnAction(e -> model.language(true));
    GridPane prefs = new GridPane(12, 8);
    prefs.addRow(
        0, new Label(session.text("settings.language")), new HBox(12, indonesian, english));
    prefs.addRow(
        1,
        new Label(session.text("settings.paper")),
        Choices.of(
            Arrays.asList(Paper.values()), model.paper(), p -> session.text("paper." + p.id())));
    VBox body =
        new VBox(
            14,
            section(session.text("settings.preferences")),
            prefs,
            section(session.text("settings.workspace")),
            facts(model.workspace()),
            section(session.text("settings.backup")),
            backup(model, session),
            section(session.text("settings.thresholds")),
            note(session.text("settings.thresholdsNote")),
            facts(model.election()));
    root.setTop(ScreenHeader.of(session.text("nav.settings"), session.text("settings.subtitle")));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    root.setCenter(scroll);
    BorderPane.setMargin(scroll, new Insets(12, 0, 0, 0));
    root.setPadding(new Insets(16));
  }

  /** The last verified backup, the second folder, and "back up now". */
  private static Node backup(SettingsViewModel model, Session session) {
    GridPane g = new GridPane(16, 4);
    Label last = new Label();
    last.textProperty().bind(model.lastBackup());
    last.setId("settings-backup-last");
    last.setWrapText(true);
    Label second = new Label();
    second.textProperty().bind(model.secondFolder());
    second.setWrapText(true);
    g.addRow(0, muted(session.text("settings.backup.lastLabel")), last);
    g.addRow(1, muted(session.text("settings.backup.secondLabel")), second);
    Button now = new Button(session.text("settings.backup.now"));
    now.setId("settings-backup-now");
    now.disableProperty().bind(model.backupBusy());
    now.setOnAction(e -> model.backupNow());
    Label message = new Label();
    message.textProperty().bind(model.backupMessage());
    message.setWrapText(true);
    return new VBox(8, g, note(session.text("settings.backup.note")), new HBox(12, now, message));
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    return l;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TITLE_4);
    return l;
  }

  private static Label note(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    l.setWrapText(true);
    return l;
  }

  private static GridPane facts(List<SettingsViewModel.Fact> facts) {
    GridPane g = new GridPane(16, 4);
    int row = 0;
    for (SettingsViewModel.Fact f : facts) {
      Label label = new Label(f.label());
      label.getStyleClass().add(Styles.TEXT_MUTED);
      Label value = new Label(f.value());
      value.setWrapText(true);
      g.addRow(row++, label, value);
    }
    return g;
  }

  public Node root() {
    return root;
  }
}
