package id.rekap.app.gui;

import id.rekap.core.check.Finding;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import id.rekap.core.status.ContestStatus;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The workspace window: status per contest on top, the recap table below. A thin view. */
final class WorkspaceView {
  private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.of("id", "ID"));
  private final WorkspaceViewModel model;
  private final BorderPane root = new BorderPane();
  private final TableView<RecapRow> recap = new TableView<>();

  WorkspaceView(WorkspaceViewModel model) {
    this.model = model;
    Label title = new Label();
    title.textProperty().bind(model.title());
    title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
    VBox top = new VBox(8, title, statusTable(), controls());
    top.setPadding(new Insets(12));
    root.setTop(top);
    recap.setItems(model.rows());
    SplitPane center = new SplitPane(recap, findingsTable());
    center.setOrientation(Orientation.VERTICAL);
    center.setDividerPositions(0.55);
    BorderPane.setMargin(center, new Insets(0, 12, 12, 12));
    root.setCenter(center);
    rebuildColumns(model.contest().get());
    model.contest().addListener((o, a, b) -> rebuildColumns(b));
  }

  Parent root() {
    return root;
  }

  private TableView<ContestStatus> statusTable() {
    TableView<ContestStatus> table = new TableView<>(model.status());
    table.getColumns().add(column("Kontestasi", ContestStatus::name));
    table.getColumns().add(column("TPS diharapkan", s -> fmt((long) s.expected())));
    table.getColumns().add(column("Diterima", s -> fmt((long) s.received())));
    table.getColumns().add(column("Belum masuk", s -> fmt((long) s.missing())));
    table
        .getColumns()
        .add(
            column(
                "TPS dengan galat",
                s -> fmt(s.withErrors() == null ? null : (long) s.withErrors())));
    table
        .getColumns()
        .add(
            column(
                "TPS dengan peringatan",
                s -> fmt(s.withWarnings() == null ? null : (long) s.withWarnings())));
    table.setPrefHeight(130);
    Tables.fitOrScroll(table);
    return table;
  }

  private TableView<Finding> findingsTable() {
    TableView<Finding> table = new TableView<>(model.findings());
    table.getColumns().add(sized(column("Tingkat", (Finding f) -> f.severity().name()), 90));
    table.getColumns().add(sized(column("Aturan", Finding::rule), 70));
    table.getColumns().add(sized(column("Di", (Finding f) -> f.level().id()), 90));
    table.getColumns().add(sized(column("Kode", Finding::code), 130));
    table
        .getColumns()
        .add(sized(column("Temuan", (Finding f) -> f.message(Locale.of("id", "ID"))), 650));
    table.setPlaceholder(new Label("Tidak ada temuan"));
    return table;
  }

  private HBox controls() {
    ChoiceBox<Contest> contest = new ChoiceBox<>();
    contest.getItems().setAll(model.contests());
    contest.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Contest c) {
            return c == null ? "" : c.name();
          }

          @Override
          public Contest fromString(String s) {
            return null;
          }
        });
    contest.valueProperty().bindBidirectional(model.contest());
    ChoiceBox<RecapLevel> level = new ChoiceBox<>();
    level.getItems().setAll(RecapLevel.values());
    level.valueProperty().bindBidirectional(model.level());
    HBox box = new HBox(8, new Label("Kontestasi:"), contest, new Label("Tingkat:"), level);
    HBox.setHgrow(box, Priority.ALWAYS);
    return box;
  }

  private void rebuildColumns(Contest contest) {
    var columns = recap.getColumns();
    columns.clear();
    columns.add(sized(column("Kode", RecapRow::code), 120));
    columns.add(sized(column("Nama", RecapRow::name), 220));
    columns.add(number(column("TPS", r -> r.received() + "/" + r.expected())));
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        int key = VoteKey.candidate(c.number());
        columns.add(number(column("(" + c.number() + ")", r -> fmt(r.tally().votes(key)))));
      }
    }
    columns.add(number(admin("Suara sah", AdminField.VALID)));
    columns.add(number(admin("Tidak sah", AdminField.INVALID)));
    columns.add(number(admin("Jumlah", AdminField.TOTAL)));
    columns.add(number(admin("Pengguna hak pilih", AdminField.USERS)));
    columns.add(number(admin("DPT", AdminField.DPT)));
  }

  private static TableColumn<RecapRow, String> admin(String header, AdminField field) {
    return column(header, r -> fmt(r.tally().admin(field)));
  }

  private static <T> TableColumn<T, String> sized(TableColumn<T, String> col, double width) {
    col.setPrefWidth(width);
    return col;
  }

  /** Counts are right-aligned, as on the paper forms, so digits line up. */
  private static <T> TableColumn<T, String> number(TableColumn<T, String> col) {
    col.setStyle("-fx-alignment: CENTER-RIGHT;");
    col.setPrefWidth(95);
    return col;
  }

  private static <T> TableColumn<T, String> column(String header, Function<T, String> value) {
    TableColumn<T, String> col = new TableColumn<>(header);
    col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return col;
  }

  private static String fmt(Long v) {
    return v == null ? "–" : COUNT.format(v);
  }
}
