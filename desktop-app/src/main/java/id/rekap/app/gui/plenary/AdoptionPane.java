package id.rekap.app.gui.plenary;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.adoption.QueueItem;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The chair's adoption tab: the queue of places on the left, the preview of one decision on the
 * chosen place on the right (left out first, with why), the decision, a ruling, a re-opening or the
 * package's numbers below, and the place's history at the bottom. Every action is reachable by
 * keyboard: arrows in the queue choose the place, Enter in the decision's words adopts, Tab reaches
 * every button and Enter or Space presses it.
 */
final class AdoptionPane {
  private final AdoptionViewModel model;
  private final Session session;
  private final PlenaryViewModel plenary;

  AdoptionPane(PlenaryViewModel plenary, Session session) {
    this.plenary = plenary;
    this.model = plenary.adoption();
    this.session = session;
  }

  Node build() {
    Label summary = new Label();
    summary.setId("adoption-summary");
    summary.setWrapText(true);
    summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    summary.getStyleClass().add(Styles.TEXT_BOLD);
    summary.textProperty().bind(model.summary());

    TabPane views =
        new TabPane(
            tab("adoption-tab-plan", "adoption.plan.title", plan()),
            tab("adoption-tab-history", "adoption.history.title", history()));
    views.setId("adoption-views");
    VBox.setVgrow(views, Priority.ALWAYS);

    VBox box = new VBox(8, summary, queue(), views, form());
    box.setPadding(new Insets(10, 4, 4, 4));
    return box;
  }

  private Tab tab(String id, String key, Node content) {
    Tab t = new Tab(session.text(key), content);
    t.setId(id);
    t.setClosable(false);
    return t;
  }

  private Node queue() {
    TableView<QueueItem> table = new TableView<>(model.queue());
    table.setId("adoption-queue");
    table.getColumns().add(Tables.text(session.text("adoption.col.place"), 310, this::placeOf));
    table.getColumns().add(Tables.text(session.text("adoption.col.state"), 120, model::state));
    table.getColumns().add(small("adoption.col.tps", 64, q -> q.tps()));
    table.getColumns().add(small("adoption.col.adopted", 104, q -> q.adopted()));
    table.getColumns().add(small("adoption.col.ready", 70, q -> q.ready()));
    table.getColumns().add(small("adoption.col.held", 92, q -> q.held()));
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    // a few rows: the queue chooses the place, the preview below is what the chair reads
    table.setPrefHeight(140);
    table.setMinHeight(96);
    Tables.placeholder(table, session.text("adoption.queue.empty"));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && !b.code().equals(AdoptionViewModel.clean(plenary.place().get()))) {
                plenary.place().set(b.code());
              }
            });
    return table;
  }

  private String placeOf(QueueItem q) {
    return q.name() + " (" + dotted(q.code()) + ")";
  }

  private static String dotted(String code) {
    return code.length() == id.rekap.core.region.TpsCode.DIGITS
        ? new id.rekap.core.region.TpsCode(code).dotted()
        : new id.rekap.core.region.RegionCode(code).dotted();
  }

  private <T> TableColumn<T, String> small(
      String key, double width, java.util.function.ToIntFunction<T> value) {
    TableColumn<T, String> col =
        Tables.text(session.text(key), r -> String.valueOf(value.applyAsInt(r)));
    col.getStyleClass().add("count");
    col.setPrefWidth(width);
    col.setMinWidth(width);
    return col;
  }

  private Node plan() {
    TableView<PlanItem> table = new TableView<>(model.items());
    table.setId("adoption-plan");
    table
        .getColumns()
        .add(Tables.text(session.text("adoption.col.place"), 240, i -> model.placeName(i.code())));
    table.getColumns().add(Tables.text(session.text("adoption.col.decision"), 150, model::status));
    table.getColumns().add(Tables.text(session.text("adoption.col.why"), 360, model::why));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().addAll(Styles.DENSE);
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(PlanItem item, boolean empty) {
                super.updateItem(item, empty);
                // a place left out reads as an error row, as findings do
                getStyleClass().remove("row-error");
                if (!empty && item != null && item.status() == PlanItem.Status.BLOCKED) {
                  getStyleClass().add("row-error");
                }
                // the whole reason when the column cuts it
                String why = empty || item == null ? "" : model.why(item);
                setTooltip(why.isEmpty() ? null : new javafx.scene.control.Tooltip(why));
              }
            });
    Tables.placeholder(table, session.text("adoption.plan.empty"));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> model.selected().set(b));
    model
        .items()
        .addListener(
            (javafx.collections.ListChangeListener<PlanItem>)
                c -> table.getSelectionModel().clearSelection());
    return table;
  }

  private Node history() {
    TableView<Decision> table = new TableView<>(model.history());
    table.setId("adoption-table");
    table.getColumns().add(Tables.text(session.text("plenary.at"), 130, d -> session.time(d.at())));
    table.getColumns().add(Tables.text(session.text("adoption.col.kind"), 130, model::kind));
    table
        .getColumns()
        .add(Tables.text(session.text("adoption.col.place"), 220, d -> model.placeName(d.code())));
    table.getColumns().add(Tables.text(session.text("plenary.by"), 70, Decision::by));
    table.getColumns().add(Tables.text(session.text("adoption.col.what"), 300, model::describe));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    Tables.placeholder(table, session.text("adoption.history.empty"));
    return table;
  }

  private Node form() {
    TextField note = new TextField();
    note.setId("adoption-note");
    note.setPromptText(session.text("adoption.notePrompt"));
    note.textProperty().bindBidirectional(model.note());
    note.setOnAction(e -> model.adopt());
    Button adopt = button("adoption-adopt", "plenary.adopt", Styles.SUCCESS);
    adopt.setOnAction(e -> model.adopt());

    Label target = new Label();
    target.setId("adoption-target");
    target.textProperty().bind(model.target());
    TextField words = new TextField();
    words.setId("adoption-words");
    words.setPromptText(session.text("adoption.wordsPrompt"));
    words.textProperty().bindBidirectional(model.words());
    Button rule = button("adoption-rule", "adoption.rule", null);
    rule.setOnAction(e -> model.rule());
    Button reopen = button("adoption-reopen", "adoption.reopen", Styles.DANGER);
    reopen.setOnAction(e -> model.reopen());
    Button usePackage = button("adoption-use-package", "adoption.usePackage", null);
    usePackage.setOnAction(e -> model.usePackage());
    // shown only where the chosen TPS is held by a conflict with the PPK's package
    usePackage.visibleProperty().bind(model.packageConflict());
    usePackage.managedProperty().bind(model.packageConflict());
    FlowPane actions = new FlowPane(8, 6, rule, usePackage, reopen);

    GridPane grid = new GridPane(10, 6);
    grid.getColumnConstraints().addAll(new ColumnConstraints(), hgrow(), new ColumnConstraints());
    grid.addRow(0, new Label(session.text("adoption.note")), note, adopt);
    grid.addRow(1, new Label(session.text("adoption.target")), target);
    grid.addRow(2, new Label(session.text("adoption.words")), words);
    grid.add(actions, 1, 3, 2, 1);
    return grid;
  }

  private static ColumnConstraints hgrow() {
    ColumnConstraints c = new ColumnConstraints();
    c.setHgrow(Priority.ALWAYS);
    c.setFillWidth(true);
    return c;
  }

  private Button button(String id, String key, String style) {
    Button b = new Button(session.text(key));
    b.setId(id);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    if (style != null) {
      b.getStyleClass().add(style);
    }
    return b;
  }
}
