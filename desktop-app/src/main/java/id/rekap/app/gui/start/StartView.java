package id.rekap.app.gui.start;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Texts;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The start card: recent workspaces (double click or Enter opens one), a folder to open (typed or
 * chosen), the demo, and the create wizard.
 */
public final class StartView {
  private final StackPane root = new StackPane();

  public StartView(StartViewModel model, Texts texts, Runnable createWizard) {
    Label title = new Label(texts.get("app.name"));
    title.getStyleClass().add(Styles.TITLE_1);
    Label subtitle = new Label(texts.get("start.subtitle"));
    subtitle.getStyleClass().add(Styles.TEXT_MUTED);
    Label recentTitle = new Label(texts.get("start.recent"));
    recentTitle.getStyleClass().add(Styles.TITLE_4);
    ListView<Path> recent = new ListView<>(model.recents());
    recent.setId("start-recent");
    recent.setPrefHeight(200);
    recent.setPlaceholder(new Label(texts.get("start.noRecent")));
    recent.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label name =
                    new Label(
                        item.getFileName() == null
                            ? item.toString()
                            : item.getFileName().toString());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label where = new Label(item.toString());
                where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setGraphic(new VBox(1, name, where));
                setText(null);
              }
            });
    recent.setOnMouseClicked(
        e -> {
          Path p = recent.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && p != null) {
            model.open(p);
          }
        });
    recent.setOnKeyPressed(
        e -> {
          Path p = recent.getSelectionModel().getSelectedItem();
          if (p == null) {
            return;
          }
          if (e.getCode() == KeyCode.ENTER) {
            model.open(p);
          } else if (e.getCode() == KeyCode.DELETE) {
            model.forget(p);
          }
        });
    TextField folder = new TextField();
    folder.setId("start-folder");
    folder.setPromptText(texts.get("start.folderPrompt"));
    folder.setOnAction(e -> openTyped(model, folder));
    Button choose = new Button(texts.get("common.choose"));
    choose.setOnAction(
        e -> {
          File chosen = new DirectoryChooser().showDialog(root.getScene().getWindow());
          if (chosen != null) {
            folder.setText(chosen.toString());
            model.open(chosen.toPath());
          }
        });
    Button open = new Button(texts.get("start.open"));
    open.setId("start-open");
    open.setOnAction(e -> openTyped(model, folder));
    HBox openRow = new HBox(6, folder, choose, open);
    HBox.setHgrow(folder, Priority.ALWAYS);
    Button create = new Button(texts.get("start.create"));
    create.setId("start-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> createWizard.run());
    Button demo = new Button(texts.get("start.demo"));
    demo.setId("start-demo");
    demo.setOnAction(e -> model.openDemo());
    demo.setTooltip(new javafx.scene.control.Tooltip(model.demoFolder().toString()));
    HBox actions = new HBox(8, create, demo);
    actions.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label();
    message.setId("start-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    for (var n : new javafx.scene.Node[] {create, demo, open, recent}) {
      n.disableProperty().bind(model.busy());
    }
    VBox card =
        new VBox(
            12,
            title,
            subtitle,
            recentTitle,
            recent,
            new Label(texts.get("start.folder")),
            openRow,
            actions,
            message);
    card.setPadding(new Insets(28));
    card.setMaxSize(640, 560);
    card.getStyleClass().add("card");
    root.getChildren().add(card);
    root.getStyleClass().add("login");
    id.rekap.app.gui.Layouts.fullLabels(root);
  }

  private static void openTyped(StartViewModel model, TextField folder) {
    if (!folder.getText().isBlank()) {
      model.open(Path.of(folder.getText().strip()));
    }
  }

  public Parent root() {
    return root;
  }
}
