package id.rekap.app.gui.findings;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.check.Finding;
import id.rekap.core.election.Contest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The findings table with its filters; Enter or a double click opens the finding's place. */
public final class FindingsView {
  private final BorderPane root = new BorderPane();

  public FindingsView(FindingsViewModel model, Session session) {
    List<String> contestIds = new ArrayList<>(List.of(""));
    session.contests().forEach(c -> contestIds.add(c.code().id()));
    ChoiceBox<String> contest =
        choice(
            contestIds,
            model.contest(),
            id ->
                id.isEmpty()
                    ? session.text("common.all")
                    : session.contests().stream()
                        .filter(c -> c.code().id().equals(id))
                        .map(Contest::name)
                        .findFirst()
                        .orElse(id));
    contest.setId("findings-contest");
    ChoiceBox<String> severity =
        choice(
            List.of("", "ERROR", "WARNING"),
            model.severity(),
            s ->
                s.isEmpty()
                    ? session.text("common.all")
                    : session.text("severity." + s.toLowerCase(java.util.Locale.ROOT)));
    severity.setId("findings-severity");
    ChoiceBox<String> rule = new ChoiceBox<>(model.rules());
    rule.valueProperty().bindBidirectional(model.rule());
    rule.setConverter(Choices.labels(r -> r.isEmpty() ? session.text("common.all") : r));
    rule.setId("findings-rule");
    TextField place = new TextField();
    place.setPromptText(session.text("findings.place"));
    place.textProperty().bindBidirectional(model.place());
    place.setPrefColumnCount(12);
    place.setId("findings-place");
    HBox filters =
        new HBox(
            8,
            new Label(session.text("common.contest")),
            contest,
            new Label(session.text("findings.severity")),
            severity,
            new Label(session.text("findings.rule")),
            rule,
            new Label(session.text("findings.placeLabel")),
            place);
    filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Label count = new Label();
    count.setId("findings-count");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    session.text(
                        "findings.count",
                        id.rekap.app.gui.Numbers.count((long) model.shown().size()),
                        id.rekap.app.gui.Numbers.count((long) model.all().size())),
                model.shown(),
                model.all()));
    count.getStyleClass().add(Styles.TEXT_MUTED);
    TableView<Finding> table = table(model, session);
    javafx.scene.layout.VBox top =
        new javafx.scene.layout.VBox(
            10,
            ScreenHeader.of(session.text("nav.findings"), session.text("findings.subtitle"), count),
            filters);
    root.setTop(top);
    root.setCenter(table);
    BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
    root.setPadding(new Insets(16));
  }

  private static TableView<Finding> table(FindingsViewModel model, Session session) {
    TableView<Finding> table = new TableView<>(model.shown());
    table.setId("findings-table");
    table.getColumns().add(Tables.text(session.text("findings.severity"), 90, model::severityText));
    table.getColumns().add(Tables.text(session.text("findings.rule"), 72, Finding::rule));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("common.contest"),
                160,
                f ->
                    session
                        .workspace()
                        .election()
                        .contest(f.contest())
                        .map(c -> c.name())
                        .orElse(f.contest().id())));
    table.getColumns().add(Tables.text(session.text("findings.level"), 90, model::levelText));
    table.getColumns().add(Tables.text(session.text("common.code"), 130, Finding::code));
    table.getColumns().add(Tables.text(session.text("findings.message"), 640, model::message));
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    Tables.placeholder(table, session.text("findings.none"));
    table.setRowFactory(
        tv -> {
          TableRow<Finding> row =
              new TableRow<>() {
                @Override
                protected void updateItem(Finding f, boolean empty) {
                  super.updateItem(f, empty);
                  getStyleClass().removeAll("row-error", "row-warning");
                  if (!empty && f != null) {
                    getStyleClass()
                        .add(
                            f.severity() == id.rekap.core.check.Severity.ERROR
                                ? "row-error"
                                : "row-warning");
                  }
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                  model.open(row.getItem());
                }
              });
          return row;
        });
    table.setOnKeyPressed(
        e -> {
          Finding f = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && f != null) {
            model.open(f);
          }
        });
    return table;
  }

  private static ChoiceBox<String> choice(
      List<String> items,
      javafx.beans.property.StringProperty value,
      Function<String, String> label) {
    return Choices.of(items, value, label);
  }

  public Node root() {
    return root;
  }
}
