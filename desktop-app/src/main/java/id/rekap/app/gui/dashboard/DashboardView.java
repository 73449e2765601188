package id.rekap.app.gui.dashboard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ContestChoice;
import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.status.ContestStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dashboard: totals per contest, progress per region as a chart and table, attention list. */
public final class DashboardView {
  /** Height of a table's column header plus borders, beside the fixed row height. */
  private static final double HEADER = 40;

  private final DashboardViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final StackedBarChart<String, Number> chart =
      new StackedBarChart<>(new CategoryAxis(), new NumberAxis());

  public DashboardView(DashboardViewModel model, Session session) {
    this.model = model;
    this.session = session;
    ChoiceBox<RegionLevel> level = new ChoiceBox<>();
    level.getItems().setAll(model.levels());
    level.valueProperty().bindBidirectional(model.level());
    level.setConverter(Choices.labels(l -> session.text("level." + l.id())));
    root.setTop(
        ScreenHeader.of(
            session.text("nav.dashboard"),
            session.text("dashboard.subtitle"),
            new Label(session.text("common.contest")),
            ContestChoice.of(session, model.contest()),
            new Label(session.text("dashboard.by")),
            level));
    VBox left = new VBox(10, totals(), chart(), regions());
    HBox center = new HBox(14, left, attention());
    HBox.setHgrow(left, Priority.ALWAYS);
    BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
    root.setCenter(center);
    root.setPadding(new Insets(16));
    root.setId("dashboard");
  }

  public Node root() {
    return root;
  }

  private Node totals() {
    TableView<ContestStatus> t = new TableView<>(model.totals());
    t.setId("dashboard-totals");
    t.getColumns().add(Tables.text(session.text("common.contest"), 170, ContestStatus::name));
    t.getColumns().add(Tables.count(session.text("status.expected"), s -> (long) s.expected()));
    t.getColumns().add(Tables.count(session.text("status.received"), s -> (long) s.received()));
    t.getColumns().add(Tables.count(session.text("status.missing"), s -> (long) s.missing()));
    t.getColumns()
        .add(
            Tables.count(
                session.text("status.errors"),
                s -> s.withErrors() == null ? null : (long) s.withErrors()));
    t.getColumns()
        .add(
            Tables.count(
                session.text("status.warnings"),
                s -> s.withWarnings() == null ? null : (long) s.withWarnings()));
    t.getColumns()
        .add(
            Tables.text(
                session.text("status.progress"),
                90,
                s -> Numbers.percent(s.received(), s.expected())));
    Tables.fitOrScroll(t);
    t.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    t.setFixedCellSize(28);
    // every contest's row visible: rows plus the header, and never squeezed by the chart below
    t.prefHeightProperty()
        .bind(
            t.fixedCellSizeProperty()
                .multiply(
                    javafx.beans.binding.Bindings.max(
                        1, javafx.beans.binding.Bindings.size(t.getItems())))
                .add(HEADER));
    t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    t.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return t;
  }

  private Node chart() {
    chart.setTitle(session.text("dashboard.chart"));
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    chart.setCategoryGap(18);
    chart.setPrefHeight(240);
    chart.setMinHeight(200);
    chart.setId("dashboard-chart");
    model.rows().addListener((ListChangeListener<ProgressRow>) c -> fillChart());
    return chart;
  }

  private void fillChart() {
    XYChart.Series<String, Number> clean = new XYChart.Series<>();
    clean.setName(session.text("dashboard.clean"));
    XYChart.Series<String, Number> errors = new XYChart.Series<>();
    errors.setName(session.text("status.errors"));
    XYChart.Series<String, Number> missing = new XYChart.Series<>();
    missing.setName(session.text("status.missing"));
    for (ProgressRow r : model.rows()) {
      clean.getData().add(new XYChart.Data<>(r.name(), r.clean()));
      errors.getData().add(new XYChart.Data<>(r.name(), r.errorsOrNone()));
      missing.getData().add(new XYChart.Data<>(r.name(), r.missing()));
    }
    chart.getData().setAll(java.util.List.of(clean, errors, missing));
  }

  private Node regions() {
    TableView<ProgressRow> t = new TableView<>(model.rows());
    t.setId("dashboard-regions");
    t.getColumns().add(Tables.text(session.text("common.code"), 110, ProgressRow::code));
    var name = Tables.<ProgressRow>text(session.text("common.name"), 220, ProgressRow::name);
    name.setMinWidth(190); // "KEPULAUAN SERIBU SELATAN" whole
    t.getColumns().add(name);
    t.getColumns().add(Tables.count(session.text("status.expected"), r -> (long) r.expected()));
    t.getColumns().add(Tables.count(session.text("status.received"), r -> (long) r.received()));
    t.getColumns().add(Tables.count(session.text("status.missing"), r -> (long) r.missing()));
    t.getColumns()
        .add(
            Tables.count(
                session.text("status.errors"),
                r -> r.withErrors() == null ? null : (long) r.withErrors()));
    t.getColumns()
        .add(
            Tables.count(
                session.text("status.warnings"),
                r -> r.withWarnings() == null ? null : (long) r.withWarnings()));
    // at a KPU Kabupaten/Kota: what each kecamatan's PPK sent and what became of it here
    java.util.List<javafx.scene.control.TableColumn<ProgressRow, String>> fromPpk =
        java.util.List.of(
            Tables.<ProgressRow>text(
                session.text("dashboard.col.package"),
                230,
                r -> ppk(r, ProgressRow.PackageState::received)),
            Tables.<ProgressRow>text(
                session.text("dashboard.col.adoptedAtPpk"),
                110,
                r -> ppk(r, ProgressRow.PackageState::adoptedAtPpk)),
            Tables.<ProgressRow>text(
                session.text("dashboard.col.r22"),
                90,
                r -> ppk(r, ProgressRow.PackageState::differences)),
            Tables.<ProgressRow>text(
                session.text("dashboard.col.adoptedHere"),
                100,
                r -> ppk(r, ProgressRow.PackageState::adoptedHere)));
    t.getColumns().addAll(fromPpk);
    Runnable showPpk =
        () -> fromPpk.forEach(col -> col.setVisible(model.fromPpk(model.level().get())));
    model.level().addListener((o, a, b) -> showPpk.run());
    showPpk.run();
    Tables.fitOrScroll(t);
    t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    t.setRowFactory(
        tv -> {
          var row = new javafx.scene.control.TableRow<ProgressRow>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                  model.openRegion(row.getItem());
                }
              });
          return row;
        });
    VBox.setVgrow(t, Priority.ALWAYS);
    return t;
  }

  private static String ppk(
      ProgressRow r, java.util.function.Function<ProgressRow.PackageState, String> part) {
    return r.fromPpk() == null ? "" : part.apply(r.fromPpk());
  }

  private Node attention() {
    Label title = new Label(session.text("dashboard.attention"));
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint = new Label(session.text("dashboard.attentionHint"));
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    ListView<Attention> list = new ListView<>(model.attention());
    list.setId("dashboard-attention");
    list.setPlaceholder(new Label(session.text("dashboard.nothing")));
    list.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(Attention item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("attention-error", "attention-warning");
                if (empty || item == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label tag = new Label(session.text("attention.kind." + item.kind().name()));
                tag.getStyleClass()
                    .addAll("tag", "tag-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                Label text = new Label(item.text());
                text.setWrapText(true);
                text.maxWidthProperty().bind(lv.widthProperty().subtract(36));
                setGraphic(new VBox(2, tag, text));
                setText(null);
              }
            });
    list.setOnMouseClicked(
        e -> {
          Attention item = list.getSelectionModel().getSelectedItem();
          if (item != null) {
            model.open(item);
          }
        });
    list.setOnKeyPressed(
        e -> {
          Attention item = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && item != null) {
            model.open(item);
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox box = new VBox(6, title, hint, list);
    box.setPrefWidth(300);
    box.setMinWidth(260);
    return box;
  }
}
