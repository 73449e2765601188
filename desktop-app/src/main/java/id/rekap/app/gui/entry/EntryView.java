package id.rekap.app.gui.entry;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.ContestChoice;
import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.core.result.Block;
import id.rekap.core.result.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The C.Hasil entry screen: the TPS list, the form in the paper's order (Enter or Tab to the next
 * box, digits only), Sirekap's value and the rules' verdict beside each box, and the verifier's
 * side-by-side resolution when two keyings disagree. Ctrl+S saves.
 */
public final class EntryView {
  /** Paper-order boxes hold at most five digits (the form has three; R11 catches the rest). */
  private static final String DIGITS = "\\d{0,5}";

  private final EntryViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final GridPane form = new GridPane(8, 3);
  private final Map<String, TextField> boxes = new HashMap<>();
  private final GridPane resolve = new GridPane(8, 4);

  public EntryView(EntryViewModel model, Session session) {
    this.model = model;
    this.session = session;
    root.setTop(header());
    root.setLeft(tpsList());
    root.setCenter(formPane());
    root.setRight(side());
    root.setPadding(new Insets(16));
    root.setId("entry");
    model.fields().addListener((ListChangeListener<FormField>) c -> buildForm());
    model.mismatches().addListener((ListChangeListener<ResolveRow>) c -> buildResolve());
    model.focus().addListener((o, a, b) -> focus(b));
    root.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            model.save();
            e.consume();
          }
        });
    buildForm();
  }

  public Node root() {
    return root;
  }

  private Node header() {
    ChoiceBox<Source> source = new ChoiceBox<>();
    source.getItems().setAll(Source.CHASIL, Source.SALINAN);
    source.valueProperty().bindBidirectional(model.source());
    source.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Source s) {
            return s == null ? "" : session.text("source." + s.id());
          }

          @Override
          public Source fromString(String s) {
            return null;
          }
        });
    TextField tps = new TextField();
    tps.setId("entry-tps");
    tps.setPromptText(session.text("entry.tpsPrompt"));
    tps.setPrefColumnCount(13);
    tps.textProperty().bindBidirectional(model.tps());
    tps.setOnAction(e -> model.openTyped());
    Button open = new Button(session.text("entry.open"));
    open.setOnAction(e -> model.openTyped());
    VBox box =
        new VBox(
            6,
            ScreenHeader.of(
                session.text("nav.entry"),
                session.text("entry.subtitle"),
                new Label(session.text("common.contest")),
                ContestChoice.of(session, model.contest()),
                source,
                tps,
                open));
    Label heading = new Label();
    heading.setId("entry-heading");
    heading.textProperty().bind(model.heading());
    heading.getStyleClass().add(Styles.TITLE_4);
    box.getChildren().add(heading);
    BorderPane.setMargin(box, new Insets(0, 0, 10, 0));
    return box;
  }

  private Node tpsList() {
    ListView<EntryViewModel.TpsItem> list = new ListView<>(model.tpsList());
    list.setId("entry-tps-list");
    list.setPrefWidth(250);
    list.getStyleClass().add(Styles.DENSE);
    list.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(EntryViewModel.TpsItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label state = new Label(session.text("entry.state." + item.state()));
                state.getStyleClass().addAll("tag", "tag-" + item.state());
                Label code = new Label(item.code());
                code.getStyleClass().add(Styles.TEXT_BOLD);
                Label name = new Label(item.name());
                name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setGraphic(new VBox(1, new HBox(6, code, state), name));
                setText(null);
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && !b.code().equals(model.tps().get())) {
                model.open(model.contest().get().code(), b.code(), null);
              }
            });
    BorderPane.setMargin(list, new Insets(0, 12, 0, 0));
    return list;
  }

  private Node formPane() {
    ColumnConstraints title = new ColumnConstraints(240, 320, 420);
    ColumnConstraints box = new ColumnConstraints(80, 90, 90);
    ColumnConstraints sirekap = new ColumnConstraints(70, 80, 90);
    ColumnConstraints note = new ColumnConstraints(60, 90, 200);
    form.getColumnConstraints().setAll(title, box, sirekap, note);
    form.setPadding(new Insets(4, 12, 12, 4));
    form.getStyleClass().add("chasil-form");
    ScrollPane scroll = new ScrollPane(form);
    scroll.setFitToWidth(true);
    scroll.setId("entry-form");
    return scroll;
  }

  private void buildForm() {
    form.getChildren().clear();
    boxes.clear();
    List<FormField> fields = model.fields();
    if (fields.isEmpty()) {
      Label none = new Label(session.text("entry.choose"));
      none.getStyleClass().add(Styles.TEXT_MUTED);
      form.add(none, 0, 0, 4, 1);
      return;
    }
    int row = 0;
    Label sirekapHead = new Label(session.text("entry.sirekap"));
    sirekapHead.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label noteHead = new Label(session.text("entry.rules"));
    noteHead.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    form.add(sirekapHead, 2, row);
    form.add(noteHead, 3, row++);
    Block block = null;
    for (int i = 0; i < fields.size(); i++) {
      FormField f = fields.get(i);
      if (f.block() != block) {
        block = f.block();
        Label h = new Label(session.text("entry.block." + block.name()));
        h.getStyleClass().addAll(Styles.TEXT_BOLD, "block-title");
        form.add(h, 0, row++, 4, 1);
      }
      Label title = new Label(f.title());
      title.setMinWidth(0);
      TextField box = box(f, i);
      Label sirekap = new Label();
      sirekap.textProperty().bind(f.sirekap());
      sirekap.getStyleClass().addAll(Styles.TEXT_MUTED, "count");
      sirekap.setTooltip(new Tooltip(session.text("entry.sirekapTip")));
      Label note = new Label();
      note.textProperty().bind(f.note());
      note.setId("note-" + id(f.label()));
      f.state().addListener((o, a, b) -> mark(box, note, b));
      mark(box, note, f.state().get());
      form.addRow(row++, title, box, sirekap, note);
    }
  }

  private TextField box(FormField f, int index) {
    TextField box = new TextField();
    box.setId("field-" + id(f.label()));
    box.setTextFormatter(
        new TextFormatter<String>(c -> c.getControlNewText().matches(DIGITS) ? c : null));
    box.textProperty().bindBidirectional(f.value());
    box.setAlignment(Pos.CENTER_RIGHT);
    box.setPrefColumnCount(5);
    box.getStyleClass().add(Styles.SMALL);
    box.setOnAction(
        e -> {
          if (index + 1 < model.fields().size()) {
            TextField next = boxes.get(model.fields().get(index + 1).label());
            next.requestFocus();
            next.selectAll();
          }
        });
    boxes.put(f.label(), box);
    return box;
  }

  /** The id of a field's box: the label with dots as underscores ({@code field-choices_2}). */
  public static String id(String label) {
    return label.replace('.', '_');
  }

  private static void mark(TextField box, Label note, FormField.State state) {
    box.pseudoClassStateChanged(Styles.STATE_DANGER, state == FormField.State.ERROR);
    box.pseudoClassStateChanged(Styles.STATE_WARNING, state == FormField.State.WARNING);
    note.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
    if (state == FormField.State.ERROR) {
      note.getStyleClass().add(Styles.DANGER);
    } else if (state == FormField.State.WARNING) {
      note.getStyleClass().add(Styles.WARNING);
    }
  }

  private void focus(String label) {
    if (label == null) {
      return;
    }
    // after the next layout pass: a box just built is not in the scroll pane's scene graph yet
    javafx.application.Platform.runLater(
        () -> {
          TextField box = boxes.get(label);
          if (box != null) {
            box.requestFocus();
            box.selectAll();
          }
        });
  }

  private Node side() {
    Button save = new Button(session.text("entry.save"));
    save.setId("entry-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setMaxWidth(Double.MAX_VALUE);
    save.setOnAction(e -> model.save());
    save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.fields()));
    save.setTooltip(new Tooltip(session.text("entry.saveTip")));
    Label message = new Label();
    message.setId("entry-message");
    message.textProperty().bind(model.message());
    message.setWrapText(true);
    Label findingsTitle = new Label(session.text("entry.findings"));
    findingsTitle.getStyleClass().add(Styles.TITLE_4);
    ListView<String> findings = new ListView<>(model.findings());
    findings.setId("entry-findings");
    findings.setPlaceholder(new Label(session.text("entry.noFindings")));
    findings.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                prefWidthProperty().bind(lv.widthProperty().subtract(24));
              }
            });
    VBox.setVgrow(findings, Priority.ALWAYS);
    VBox box = new VBox(8, save, message, resolvePane(), findingsTitle, findings);
    box.setPrefWidth(340);
    BorderPane.setMargin(box, new Insets(0, 0, 0, 12));
    return box;
  }

  private Node resolvePane() {
    Label title = new Label(session.text("entry.resolveTitle"));
    title.getStyleClass().add(Styles.TITLE_4);
    Button first = new Button(session.text("entry.useFirst"));
    first.setOnAction(e -> model.chooseAll(1));
    Button second = new Button(session.text("entry.useSecond"));
    second.setOnAction(e -> model.chooseAll(2));
    Button settle = new Button(session.text("entry.resolve"));
    settle.setId("entry-resolve");
    settle.getStyleClass().add(Styles.SUCCESS);
    settle.setOnAction(e -> model.resolve());
    VBox pane = new VBox(6, title, resolve, new HBox(6, first, second, settle));
    pane.getStyleClass().add("resolve-pane");
    pane.setPadding(new Insets(8));
    pane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.mismatches()));
    pane.managedProperty().bind(pane.visibleProperty());
    pane.setId("entry-resolve-pane");
    return pane;
  }

  private void buildResolve() {
    resolve.getChildren().clear();
    resolve.addRow(
        0, head("entry.field"), head("entry.first"), head("entry.second"), head("entry.chosen"));
    int row = 1;
    for (ResolveRow r : model.mismatches()) {
      Label field = new Label(r.title());
      field.setWrapText(true);
      field.setMaxWidth(130);
      TextField chosen = new TextField();
      chosen.setId("resolve-" + id(r.field()));
      chosen.setPrefColumnCount(4);
      chosen.setTextFormatter(
          new TextFormatter<String>(c -> c.getControlNewText().matches(DIGITS) ? c : null));
      chosen.textProperty().bindBidirectional(r.chosen());
      resolve.addRow(
          row++,
          field,
          new Label(Numbers.count(r.first())),
          new Label(Numbers.count(r.second())),
          chosen);
    }
  }

  private Label head(String key) {
    Label l = new Label(session.text(key));
    l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    return l;
  }
}
