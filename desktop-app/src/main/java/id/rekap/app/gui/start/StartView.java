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
    ListView<Recents.Entry> recent = new ListView<>(model.recents());
    recent.setId("start-recent");
    recent.setPrefHeight(220);
    recent.setPlaceholder(new Label(texts.get("start.noRecent")));
    recent.setCellFactory(lv -> new RecentCell(model, texts));
    recent.setOnMouseClicked(
        e -> {
          Recents.Entry p = recent.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && p != null) {
            model.open(p.folder());
          }
        });
    recent.setOnKeyPressed(
        e -> {
          Recents.Entry p = recent.getSelectionModel().getSelectedItem();
          if (p == null) {
            return;
          }
          if (e.getCode() == KeyCode.ENTER) {
            model.open(p.folder());
          } else if (e.getCode() == KeyCode.DELETE) {
            model.forget(p.folder());
          }
        });
    Button forgetMissing = new Button(texts.get("start.forgetMissing"));
    forgetMissing.setId("start-forget-missing");
    forgetMissing.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    forgetMissing.setOnAction(e -> model.forgetMissing());
    Runnable missing =
        () -> {
          forgetMissing.setVisible(model.anyMissing());
          forgetMissing.setManaged(forgetMissing.isVisible());
        };
    model
        .recents()
        .addListener((javafx.collections.ListChangeListener<Recents.Entry>) c -> missing.run());
    missing.run();
    Label hint = new Label(texts.get("start.recentHint"));
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setWrapText(true);
    HBox recentFoot = new HBox(8, hint, forgetMissing);
    recentFoot.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(hint, Priority.ALWAYS);
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
    for (var n : new javafx.scene.Node[] {create, demo, open, recent, forgetMissing}) {
      n.disableProperty().bind(model.busy());
    }
    VBox card =
        new VBox(
            12,
            title,
            subtitle,
            recentTitle,
            recent,
            recentFoot,
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

  /**
   * A remembered workspace: its name in bold, its level and region below, then its folder; a folder
   * that no longer holds a workspace says so and offers to take it off the list.
   */
  private static final class RecentCell extends ListCell<Recents.Entry> {
    private final StartViewModel model;
    private final Texts texts;

    RecentCell(StartViewModel model, Texts texts) {
      this.model = model;
      this.texts = texts;
    }

    @Override
    protected void updateItem(Recents.Entry item, boolean empty) {
      super.updateItem(item, empty);
      setText(null);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      Label name = new Label(model.title(item));
      name.getStyleClass().add(Styles.TEXT_BOLD);
      Label detail = new Label(model.detail(item));
      detail.getStyleClass().add(Styles.TEXT_SMALL);
      Label where = new Label(item.folder().toString());
      where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      VBox text = new VBox(1, name);
      if (!detail.getText().isEmpty()) {
        text.getChildren().add(detail);
      }
      text.getChildren().add(where);
      if (model.exists(item)) {
        setGraphic(text);
        return;
      }
      detail.getStyleClass().add(Styles.DANGER);
      name.getStyleClass().add(Styles.TEXT_MUTED);
      Button forget = new Button(texts.get("start.forget"));
      forget.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
      forget.setId("start-forget");
      forget.setFocusTraversable(false);
      forget.setOnAction(e -> model.forget(item.folder()));
      HBox row = new HBox(8, text, forget);
      row.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(text, Priority.ALWAYS);
      text.setMaxWidth(Double.MAX_VALUE);
      setGraphic(row);
    }
  }
}
