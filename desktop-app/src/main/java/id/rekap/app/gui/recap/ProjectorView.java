package id.rekap.app.gui.recap;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.result.AdminField;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The projector view: large type, one unit at a time; PageDown / → next, PageUp / ← previous, F11
 * full screen, Escape closes. Meant for a second screen the witnesses can read.
 */
public final class ProjectorView {
  private final BorderPane root = new BorderPane();

  public ProjectorView(ProjectorViewModel model, Session session, ElectionDefinition election) {
    Label title = new Label();
    title.setId("projector-title");
    title.textProperty().bind(model.title());
    title.getStyleClass().add("projector-title");
    Label position = new Label();
    position.setId("projector-position");
    position.textProperty().bind(model.position());
    position.getStyleClass().add(Styles.TEXT_MUTED);
    Label keys = new Label(session.text("projector.keys"));
    keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    root.setTop(new VBox(4, title, position, keys));
    TableView<RecapRow> table = new TableView<>(model.rows());
    table.setId("projector-table");
    table.getColumns().add(Tables.text(session.text("common.name"), 260, RecapRow::name));
    for (RecapColumns.Column c : RecapColumns.of(election, model.contest(), 0)) {
      table.getColumns().add(Tables.count(c.header(), r -> r.tally().votes(c.key())));
    }
    table
        .getColumns()
        .add(Tables.count(session.text("field.valid"), r -> r.tally().admin(AdminField.VALID)));
    table
        .getColumns()
        .add(Tables.count(session.text("field.invalid"), r -> r.tally().admin(AdminField.INVALID)));
    table
        .getColumns()
        .add(Tables.count(session.text("field.total"), r -> r.tally().admin(AdminField.TOTAL)));
    table.getColumns().forEach(col -> col.setPrefWidth(col.getPrefWidth() * 1.5));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(
        tv ->
            new TableRow<>() {
              @Override
              protected void updateItem(RecapRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("total-row");
                if (!empty && r != null && model.isTotal(r)) {
                  getStyleClass().add("total-row");
                }
              }
            });
    table.setFocusTraversable(false);
    ListView<String> findings = new ListView<>(model.findings());
    findings.setId("projector-findings");
    findings.setPlaceholder(new Label(session.text("projector.noFindings")));
    findings.setPrefHeight(170);
    findings.setFocusTraversable(false);
    Label findingsTitle = new Label(session.text("projector.findings"));
    findingsTitle.getStyleClass().add(Styles.TITLE_4);
    root.setCenter(table);
    root.setBottom(new VBox(6, findingsTitle, findings));
    BorderPane.setMargin(table, new Insets(14, 0, 14, 0));
    root.setPadding(new Insets(24));
    root.getStyleClass().add("projector");
    // on the scene, as a filter: nothing in the view takes the focus, so key events go to the
    // scene itself, and the table would otherwise take the arrow and page keys
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keys(model, e));
              }
            });
  }

  private static void keys(ProjectorViewModel model, javafx.scene.input.KeyEvent e) {
    KeyCode k = e.getCode();
    if (k == KeyCode.PAGE_DOWN || k == KeyCode.RIGHT || k == KeyCode.SPACE) {
      model.next();
      e.consume();
    } else if (k == KeyCode.PAGE_UP || k == KeyCode.LEFT) {
      model.previous();
      e.consume();
    }
  }

  public Parent root() {
    return root;
  }
}
