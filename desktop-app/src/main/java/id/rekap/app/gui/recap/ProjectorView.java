package id.rekap.app.gui.recap;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The projector view: large type, one place at a time, as many rows as the screen holds, the total
 * row on every page, every column named in full (names wrap, never cut). PageDown / → / Space next
 * page or place, PageUp / ← back, Home the whole region; a party number and Enter shows that
 * party's caleg, 0 and Enter the parties again; F11 full screen, Esc closes.
 */
public final class ProjectorView {
  static final double ROW = 34;
  private static final double HEAD = 76;
  private static final double NAME = 230;
  private static final double PLACE_COLUMN = 92;

  private final ProjectorViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final GridPane table = new GridPane();
  private final StackPane tableBox = new StackPane(table);
  private final StringBuilder typed = new StringBuilder();

  public ProjectorView(ProjectorViewModel model, Session session) {
    this.model = model;
    this.session = session;
    Label title = new Label();
    title.setId("projector-title");
    title.textProperty().bind(model.title());
    title.getStyleClass().add("projector-title");
    title.setWrapText(true);
    Label position = new Label();
    position.setId("projector-position");
    position.textProperty().bind(model.position());
    position.getStyleClass().add(Styles.TEXT_MUTED);
    Label keys =
        new Label(session.text(model.partyList() ? "projector.keysParty" : "projector.keys"));
    keys.getStyleClass().addAll(Styles.TEXT_MUTED, "projector-keys");
    keys.setWrapText(true);
    root.setTop(new VBox(2, title, position, keys));
    table.setId("projector-table");
    table.getStyleClass().add("projector-grid");
    table.setHgap(0);
    table.setVgap(0);
    tableBox.setAlignment(Pos.TOP_LEFT);
    tableBox.setMinHeight(0);
    tableBox.setMinWidth(0);
    ListView<String> findings = new ListView<>(model.findings());
    findings.setId("projector-findings");
    findings.setPlaceholder(new Label(session.text("projector.noFindings")));
    findings.setPrefHeight(118);
    findings.setMinHeight(90);
    findings.setFocusTraversable(false);
    findings.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setPrefWidth(0);
              }
            });
    Label findingsTitle = new Label(session.text("projector.findings"));
    findingsTitle.getStyleClass().add(Styles.TEXT_BOLD);
    root.setCenter(tableBox);
    root.setBottom(new VBox(2, findingsTitle, findings));
    BorderPane.setMargin(tableBox, new Insets(8, 0, 8, 0));
    root.setPadding(new Insets(14, 18, 14, 18));
    root.getStyleClass().add("projector");
    root.setId("projector");
    model.version().addListener((o, a, b) -> build());
    tableBox.heightProperty().addListener((o, a, b) -> fit());
    tableBox.widthProperty().addListener((o, a, b) -> fit());
    // on the scene, as a filter: the keys page wherever the focus is
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
              }
            });
    build();
  }

  public Parent root() {
    return root;
  }

  /** Tells the model how many rows (and place columns) the screen holds. */
  private void fit() {
    double h = tableBox.getHeight();
    double w = tableBox.getWidth();
    double head = HEAD;
    if (!table.getChildren().isEmpty()
        && table.getChildren().getFirst() instanceof Region r
        && r.getHeight() > 0) {
      head = Math.max(head, r.getHeight());
    }
    if (h > 0) {
      model.rowsPerPage().set(Math.max(1, (int) ((h - head - ROW - 4) / ROW)));
    }
    if (w > 0) {
      model.columnsPerPage().set(Math.max(1, (int) ((w - NAME - PLACE_COLUMN - 4) / PLACE_COLUMN)));
    }
  }

  private void keys(KeyEvent e) {
    KeyCode k = e.getCode();
    if (k == KeyCode.PAGE_DOWN || k == KeyCode.RIGHT || k == KeyCode.SPACE || k == KeyCode.DOWN) {
      model.next();
      e.consume();
    } else if (k == KeyCode.PAGE_UP || k == KeyCode.LEFT || k == KeyCode.UP) {
      model.previous();
      e.consume();
    } else if (k == KeyCode.HOME) {
      model.first();
      e.consume();
    } else if (k.isDigitKey() && model.partyList()) {
      typed.append(e.getText());
      e.consume();
    } else if (k == KeyCode.ENTER && model.partyList()) {
      model.showParty(typed.isEmpty() ? 0 : Integer.parseInt(typed.toString()));
      typed.setLength(0);
      e.consume();
    } else if (k == KeyCode.BACK_SPACE && model.partyList()) {
      typed.setLength(0);
      model.showParty(0);
      e.consume();
    }
  }

  private void build() {
    table.getChildren().clear();
    table.getColumnConstraints().clear();
    int n = model.heads().size();
    if (n == 0) {
      return;
    }
    double width = Math.max(0, tableBox.getWidth());
    ColumnConstraints name = new ColumnConstraints();
    name.setMinWidth(150);
    name.setPrefWidth(NAME);
    name.setHgrow(Priority.ALWAYS);
    table.getColumnConstraints().add(name);
    double each =
        model.partyList() ? PLACE_COLUMN : Math.max(96, width > 0 ? (width - NAME) / n : 120);
    for (int i = 0; i < n; i++) {
      ColumnConstraints c = new ColumnConstraints(80, each, each);
      c.setHalignment(HPos.RIGHT);
      table.getColumnConstraints().add(c);
    }
    Label corner = cell(model.corner().get(), "projector-head");
    corner.setId("projector-corner");
    corner.setAlignment(Pos.BOTTOM_LEFT);
    table.add(head(corner), 0, 0);
    int col = 1;
    for (ProjectorViewModel.Head h : model.heads()) {
      // a pair's two names on lines of their own
      String text = h.name().replace(" - ", "\n");
      Label head = cell(h.top().isEmpty() ? text : h.top() + "\n" + text, "projector-head");
      head.setId("projector-head-" + col);
      head.setWrapText(true);
      head.setAlignment(Pos.BOTTOM_RIGHT);
      head.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
      if (h.flagged()) {
        head.getStyleClass().add("projector-flagged");
      }
      table.add(head(head), col++, 0);
    }
    int row = 1;
    for (ProjectorViewModel.Line l : model.lines()) {
      addLine(l, row++, false);
    }
    addLine(model.total(), row, true);
  }

  private void addLine(ProjectorViewModel.Line l, int row, boolean total) {
    String style = total ? "projector-total" : row % 2 == 0 ? "projector-even" : "projector-odd";
    Label name = cell(l.name(), style);
    name.setAlignment(Pos.CENTER_LEFT);
    if (total) {
      name.setId("projector-total-name");
    }
    if (l.flagged()) {
      name.getStyleClass().add("projector-flagged");
    }
    table.add(sized(name, ROW), 0, row);
    int col = 1;
    for (String v : l.cells()) {
      Label c = cell(v, style);
      c.setAlignment(Pos.CENTER_RIGHT);
      if (total) {
        c.setId("projector-total-" + col);
      }
      if (l.flagged()) {
        c.getStyleClass().add("projector-flagged");
      }
      table.add(sized(c, ROW), col++, row);
    }
  }

  private static Label cell(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().addAll("projector-cell", style);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinWidth(0);
    l.setPadding(new Insets(2, 8, 2, 8));
    GridPane.setValignment(l, VPos.BOTTOM);
    return l;
  }

  /** A heading cell: as tall as its wrapped name needs, never cut. */
  private Region head(Label l) {
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.heightProperty().addListener((o, a, b) -> fit());
    return l;
  }

  private static Region sized(Label l, double height) {
    l.setMinHeight(height);
    l.setPrefHeight(height);
    l.setMaxHeight(height);
    return l;
  }

  /** The text of the full-screen hint in the window's language (JavaFX's own is English). */
  public String fullScreenHint() {
    return session.text("projector.fullScreenHint");
  }
}
