package id.rekap.app.gui.intake;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** Import: choose or drop files and folders, set the options, run, read the summary. */
public final class ImportView {
  private final BorderPane root = new BorderPane();

  public ImportView(ImportViewModel model, Session session) {
    Button files = new Button(session.text("import.files"));
    files.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(session.text("import.files"));
          List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
          if (chosen != null) {
            model.add(chosen.stream().map(File::toPath).toList());
          }
        });
    Button folder = new Button(session.text("import.folder"));
    folder.setOnAction(
        e -> {
          File chosen = new DirectoryChooser().showDialog(root.getScene().getWindow());
          if (chosen != null) {
            model.add(List.of(chosen.toPath()));
          }
        });
    Button clear = new Button(session.text("import.clear"));
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(e -> model.clear());
    ListView<Path> list = new ListView<>(model.paths());
    list.setId("import-paths");
    Label drop = new Label(session.text("import.drop"));
    drop.getStyleClass().add(Styles.TEXT_MUTED);
    list.setPlaceholder(drop);
    list.setPrefHeight(180);
    list.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    list.setOnDragDropped(
        e -> {
          List<Path> dropped = new ArrayList<>();
          if (e.getDragboard().hasFiles()) {
            e.getDragboard().getFiles().forEach(f -> dropped.add(f.toPath()));
          }
          model.add(dropped);
          e.setDropCompleted(!dropped.isEmpty());
          e.consume();
        });
    ChoiceBox<Source> source = new ChoiceBox<>();
    source.getItems().setAll(Source.SIREKAP, Source.CHASIL, Source.SALINAN);
    source.valueProperty().bindBidirectional(model.source());
    source.setConverter(Choices.labels(s -> session.text("source." + s.id())));
    ChoiceBox<String> contest = new ChoiceBox<>();
    contest.getItems().add("");
    session.contests().forEach(c -> contest.getItems().add(c.code().id()));
    contest.valueProperty().bindBidirectional(model.contest());
    contest.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String id) {
            return id == null || id.isEmpty()
                ? session.text("import.contestFromFolder")
                : session.contests().stream()
                    .filter(c -> c.code().id().equals(id))
                    .map(c -> c.name())
                    .findFirst()
                    .orElse(id);
          }

          @Override
          public String fromString(String s) {
            return null;
          }
        });
    CheckBox skip = new CheckBox(session.text("import.skipInvalid"));
    skip.selectedProperty().bindBidirectional(model.skipInvalid());
    Button run = new Button(session.text("import.run"));
    run.setId("import-run");
    run.getStyleClass().add(Styles.ACCENT);
    run.disableProperty()
        .bind(model.busy().or(javafx.beans.binding.Bindings.isEmpty(model.paths())));
    run.setOnAction(e -> model.run());
    HBox options =
        new HBox(
            10,
            new Label(session.text("import.source")),
            source,
            new Label(session.text("common.contest")),
            contest,
            skip);
    options.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.setId("import-summary");
    summary.textProperty().bind(model.summary());
    summary.setWrapText(true);
    summary.getStyleClass().add(Styles.TITLE_4);
    ListView<String> problems = new ListView<>(model.problems());
    problems.setId("import-problems");
    problems.setPlaceholder(new Label(session.text("import.noProblems")));
    VBox.setVgrow(problems, Priority.ALWAYS);
    // a path typed or pasted (keyboard access, and what the GUI tests drive)
    javafx.scene.control.TextField typed = new javafx.scene.control.TextField();
    typed.setId("import-path");
    typed.setPromptText(session.text("import.pathPrompt"));
    typed.setPrefColumnCount(36);
    typed.setOnAction(
        e -> {
          if (!typed.getText().isBlank()) {
            model.add(List.of(Path.of(typed.getText().strip())));
            typed.clear();
          }
        });
    HBox.setHgrow(typed, Priority.ALWAYS);
    HBox pick = new HBox(8, files, folder, typed, clear);
    pick.setAlignment(Pos.CENTER_LEFT);
    VBox body = new VBox(10, pick, list, options, run, summary, problems, template(model, session));
    root.setTop(ScreenHeader.of(session.text("nav.import"), session.text("import.subtitle")));
    root.setCenter(body);
    BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
    root.setPadding(new Insets(16));
  }

  public Node root() {
    return root;
  }

  /** The empty entry template of a ballot, saved where the clerk chooses. */
  private Node template(ImportViewModel importing, Session session) {
    TemplateViewModel model = importing.template();
    Label title = new Label(session.text("template.title"));
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label hint = new Label(session.text("template.hint"));
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setWrapText(true);
    ChoiceBox<id.rekap.core.election.Contest> contest = new ChoiceBox<>();
    contest.setId("template-contest");
    contest.getItems().setAll(session.contests());
    contest.valueProperty().bindBidirectional(model.contest());
    contest.setConverter(Choices.labels(c -> c.name()));
    ChoiceBox<TemplateFormat> format = new ChoiceBox<>();
    format.setId("template-format");
    format.getItems().setAll(TemplateFormat.values());
    format.valueProperty().bindBidirectional(model.format());
    format.setConverter(Choices.labels(f -> f.id().toUpperCase(java.util.Locale.ROOT)));
    Button save = new Button(session.text("template.save"));
    save.setId("template-save");
    save.disableProperty().bind(model.busy());
    save.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(session.text("template.title"));
          chooser.setInitialFileName(model.suggestedName());
          File chosen = chooser.showSaveDialog(root.getScene().getWindow());
          if (chosen != null) {
            model.write(chosen.toPath());
          }
        });
    Label message = new Label();
    message.setId("template-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    HBox row = new HBox(8, contest, format, save);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, title, hint, row, message);
    box.setPadding(new Insets(8, 0, 0, 0));
    box.getStyleClass().add("template-pane");
    return box;
  }
}
