package id.rekap.app.gui.start;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.PathField;
import id.rekap.app.gui.Texts;
import id.rekap.core.setup.WorkspaceLevel;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The create wizard: one page per step, Back / Next, and Create on the last page. */
public final class WizardView {
  private final StackPane root = new StackPane();
  private final WizardViewModel model;
  private final Texts texts;

  public WizardView(WizardViewModel model, Texts texts, Runnable cancel) {
    this.model = model;
    this.texts = texts;
    Label title = new Label(texts.get("wizard.title"));
    title.getStyleClass().add(Styles.TITLE_2);
    Label stepLabel = new Label();
    stepLabel.setId("wizard-step");
    stepLabel.getStyleClass().add(Styles.TEXT_MUTED);
    Map<WizardViewModel.Step, Node> pages =
        Map.of(
            WizardViewModel.Step.PLACE, place(),
            WizardViewModel.Step.STORE, store(),
            WizardViewModel.Step.ELECTION, election(),
            WizardViewModel.Step.COMMITTEE, committee(),
            WizardViewModel.Step.ADMIN, admin(),
            WizardViewModel.Step.REGIONS, regions());
    StackPane page = new StackPane();
    VBox.setVgrow(page, Priority.ALWAYS);
    Button back = new Button(texts.get("wizard.back"));
    back.setId("wizard-back");
    back.setOnAction(e -> model.back());
    Button next = new Button(texts.get("wizard.next"));
    next.setId("wizard-next");
    next.setDefaultButton(true);
    next.getStyleClass().add(Styles.ACCENT);
    next.setOnAction(
        e -> {
          if (model.last()) {
            model.create();
          } else {
            model.next();
          }
        });
    Button cancelButton = new Button(texts.get("wizard.cancel"));
    cancelButton.setId("wizard-cancel");
    cancelButton.setCancelButton(true);
    cancelButton.setOnAction(e -> cancel.run());
    Runnable showStep =
        () -> {
          WizardViewModel.Step s = model.step().get();
          page.getChildren().setAll(pages.get(s));
          stepLabel.setText(
              texts.get(
                  "wizard.stepOf",
                  s.ordinal() + 1,
                  WizardViewModel.Step.values().length,
                  texts.get("wizard.step." + s.name())));
          back.setDisable(model.first());
          next.setText(texts.get(model.last() ? "wizard.create" : "wizard.next"));
        };
    model.step().addListener((o, a, b) -> showStep.run());
    showStep.run();
    next.disableProperty().bind(model.busy());
    Label message = new Label();
    message.setId("wizard-message");
    message.setWrapText(true);
    message.getStyleClass().add(Styles.DANGER);
    message.textProperty().bind(model.message());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, cancelButton, grow, back, next);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox card = new VBox(12, title, stepLabel, page, message, buttons);
    card.setPadding(new Insets(28));
    card.setMaxSize(760, 640);
    card.setPrefSize(760, 640);
    card.getStyleClass().add("card");
    root.getChildren().add(card);
    root.getStyleClass().add("login");
    pages.values().forEach(id.rekap.app.gui.Layouts::fullLabels);
    id.rekap.app.gui.Layouts.fullLabels(root);
  }

  public Parent root() {
    return root;
  }

  private Node place() {
    var level =
        Choices.of(
            Arrays.asList(WorkspaceLevel.values()),
            model.level(),
            l -> texts.get("workspace.level." + l.id()));
    level.setId("wizard-level");
    TextField query = new TextField();
    query.setId("wizard-region-query");
    query.setPromptText(texts.get("wizard.regionPrompt"));
    query.textProperty().bindBidirectional(model.query());
    ListView<RegionDirectory.Entry> matches = new ListView<>(model.matches());
    matches.setId("wizard-regions");
    matches.setPrefHeight(170);
    matches.setCellFactory(
        lv ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(RegionDirectory.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
              }
            });
    matches
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.region().set(b);
              }
            });
    Label chosen = new Label();
    chosen.setId("wizard-region");
    chosen.getStyleClass().add(Styles.TEXT_BOLD);
    chosen
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.region().get() == null
                        ? texts.get("wizard.noRegion")
                        : model.region().get().label(),
                model.region()));
    TextField name = new TextField();
    name.setId("wizard-name");
    name.textProperty().bindBidirectional(model.name());
    GridPane grid = grid();
    grid.addRow(0, label("wizard.level"), level);
    grid.addRow(1, label("wizard.region"), query);
    grid.add(matches, 1, 2);
    grid.addRow(3, label("wizard.chosen"), chosen);
    grid.addRow(4, label("wizard.name"), name);
    grid.addRow(
        5,
        label("wizard.folder"),
        PathField.of(
            "wizard-folder",
            model.folder(),
            PathField.Kind.FOLDER,
            texts.get("common.choose"),
            texts.get("wizard.folderPrompt")));
    return grid;
  }

  /**
   * Where the data lives: the file on this PC (the default), or a PostgreSQL server the office
   * already runs, for several PCs keying into one workspace (ADR 0033). The server's fields are
   * enabled only when it is chosen; the password is typed in a password field and never shown.
   */
  private Node store() {
    ToggleGroup group = new ToggleGroup();
    RadioButton file = new RadioButton(texts.get("wizard.store.file"));
    file.setId("wizard-store-file");
    file.setToggleGroup(group);
    file.setUserData(WizardViewModel.Store.FILE);
    RadioButton server = new RadioButton(texts.get("wizard.store.server"));
    server.setId("wizard-store-server");
    server.setToggleGroup(group);
    server.setUserData(WizardViewModel.Store.SERVER);
    group.selectToggle(model.store().get() == WizardViewModel.Store.SERVER ? server : file);
    group
        .selectedToggleProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.store().set((WizardViewModel.Store) b.getUserData());
              }
            });
    model
        .store()
        .addListener(
            (o, a, b) -> group.selectToggle(b == WizardViewModel.Store.SERVER ? server : file));
    GridPane grid = grid();
    grid.addRow(0, label("wizard.store.host"), field("wizard-db-host", model.dbHost()));
    grid.addRow(1, label("wizard.store.port"), field("wizard-db-port", model.dbPort()));
    grid.addRow(2, label("wizard.store.database"), field("wizard-db-name", model.dbName()));
    TextField schema = field("wizard-db-schema", model.dbSchema());
    schema.setPromptText(texts.get("wizard.store.schemaPrompt"));
    grid.addRow(3, label("wizard.store.schema"), schema);
    grid.addRow(4, label("wizard.store.user"), field("wizard-db-user", model.dbUser()));
    PasswordField password = new PasswordField();
    password.setId("wizard-db-password");
    password.textProperty().bindBidirectional(model.dbPassword());
    grid.addRow(5, label("wizard.store.password"), password);
    grid.setPadding(new Insets(0, 0, 0, 24));
    grid.disableProperty().bind(model.store().isNotEqualTo(WizardViewModel.Store.SERVER));
    return new VBox(
        8, file, hint("wizard.store.fileHint"), server, hint("wizard.store.serverHint"), grid);
  }

  private static TextField field(String id, javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  private Label hint(String key) {
    Label hint = new Label(texts.get(key));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    hint.setPadding(new Insets(0, 0, 0, 24));
    return hint;
  }

  private Node election() {
    Label summary = new Label();
    summary.setId("wizard-election-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.electionSummary());
    Label hint = new Label(texts.get("wizard.electionHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    GridPane grid = grid();
    grid.addRow(
        0,
        label("wizard.election"),
        PathField.of(
            "wizard-election",
            model.electionFile(),
            PathField.Kind.OPEN_FILE,
            texts.get("common.choose"),
            "pemilu-2024-ppwp.json"));
    grid.add(hint, 1, 1);
    // no definition at hand: build it from Sirekap's public candidate master for the region
    Button build = new Button(texts.get("wizard.fromSirekap.build"));
    build.setId("wizard-from-sirekap");
    build.setOnAction(e -> model.electionFromSirekap());
    HBox master =
        new HBox(
            8,
            PathField.of(
                "wizard-sirekap-master",
                model.sirekapMaster(),
                PathField.Kind.FOLDER,
                texts.get("common.choose"),
                "paslon/"),
            build);
    HBox.setHgrow(master.getChildren().getFirst(), Priority.ALWAYS);
    Label masterHint = new Label(texts.get("wizard.fromSirekap.hint"));
    masterHint.setWrapText(true);
    masterHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    grid.addRow(2, label("wizard.fromSirekap"), master);
    grid.add(masterHint, 1, 3);
    grid.add(summary, 1, 4);
    return grid;
  }

  private Node committee() {
    TextArea members = new TextArea();
    members.setId("wizard-committee");
    members.setPrefRowCount(7);
    members.setPromptText(texts.get("wizard.committeePrompt"));
    members.textProperty().bindBidirectional(model.committee());
    Label hint = new Label(texts.get("wizard.committeeHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    return new VBox(8, hint, members);
  }

  private Node admin() {
    TextField name = new TextField();
    name.setId("wizard-admin");
    name.textProperty().bindBidirectional(model.admin());
    PasswordField password = new PasswordField();
    password.setId("wizard-password");
    password.textProperty().bindBidirectional(model.password());
    PasswordField repeat = new PasswordField();
    repeat.setId("wizard-repeat");
    repeat.textProperty().bindBidirectional(model.repeat());
    Label hint = new Label(texts.get("wizard.adminHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    GridPane grid = grid();
    grid.addRow(0, label("wizard.adminName"), name);
    grid.addRow(1, label("login.password"), password);
    grid.addRow(2, label("wizard.repeat"), repeat);
    grid.add(hint, 1, 3);
    return grid;
  }

  private Node regions() {
    Label hint = new Label(texts.get("wizard.regionsHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    ListView<Path> files = new ListView<>(model.regionFiles());
    files.setId("wizard-region-files");
    files.setPrefHeight(160);
    files.setPlaceholder(new Label(texts.get("wizard.noRegionFiles")));
    TextField typed = new TextField();
    typed.setId("wizard-region-file");
    typed.setPromptText(texts.get("wizard.regionFilePrompt"));
    Runnable addTyped =
        () -> {
          if (!typed.getText().isBlank()) {
            model.regionFiles().add(Path.of(typed.getText().strip()));
            typed.clear();
          }
        };
    typed.setOnAction(e -> addTyped.run());
    Button add = new Button(texts.get("wizard.addFile"));
    add.setId("wizard-region-add");
    add.setOnAction(e -> addTyped.run());
    Button choose = new Button(texts.get("common.choose"));
    choose.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
          if (chosen != null) {
            chosen.forEach(f -> model.regionFiles().add(f.toPath()));
          }
        });
    Button remove = new Button(texts.get("wizard.removeFile"));
    remove.setOnAction(
        e -> {
          Path p = files.getSelectionModel().getSelectedItem();
          if (p != null) {
            model.regionFiles().remove(p);
          }
        });
    HBox row = new HBox(6, typed, add, choose, remove);
    HBox.setHgrow(typed, Priority.ALWAYS);
    return new VBox(8, hint, row, files);
  }

  private GridPane grid() {
    GridPane grid = new GridPane(10, 8);
    var labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    var fields = new javafx.scene.layout.ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);
    return grid;
  }

  private Label label(String key) {
    return new Label(texts.get(key));
  }
}
