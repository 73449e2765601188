package id.rekap.app.gui.recap;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
  private static final double FINDINGS = 130;
  private static final double CANDIDATE = 120;
  private static final double NUMBER = 94;

  private final ProjectorViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final VBox table = new VBox();
  private final StackPane tableBox = new StackPane(table);
  private final VBox middle = new VBox(6);
  private final StringBuilder typed = new StringBuilder();
  private double[] widths = new double[0];

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
    tableBox.setAlignment(Pos.TOP_LEFT);
    tableBox.setMinHeight(Region.USE_PREF_SIZE);
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
    // the table takes the rows it shows; the findings take the rest of the screen
    VBox findingsBox = new VBox(2, findingsTitle, findings);
    VBox.setVgrow(findingsBox, Priority.ALWAYS);
    VBox.setVgrow(findings, Priority.ALWAYS);
    middle.getChildren().setAll(tableBox, findingsBox);
    root.setCenter(middle);
    BorderPane.setMargin(middle, new Insets(8, 0, 0, 0));
    root.setPadding(new Insets(14, 18, 14, 18));
    root.getStyleClass().add("projector");
    root.setId("projector");
    model.version().addListener((o, a, b) -> build());
    root.sceneProperty().addListener((o, a, b) -> build());
    middle.heightProperty().addListener((o, a, b) -> fit());
    middle.widthProperty().addListener((o, a, b) -> fit());
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
    double h = middle.getHeight() - FINDINGS;
    double w = middle.getWidth();
    double head = HEAD;
    if (!table.getChildren().isEmpty()
        && table.getChildren().getFirst() instanceof Region r
        && r.getHeight() > 0) {
      head = r.getHeight();
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
    int n = model.heads().size();
    if (n == 0) {
      return;
    }
    // numbers need little room; the names of the places take the rest
    int candidates = model.partyList() ? 0 : model.contest().candidates().size();
    widths = new double[n + 1];
    for (int i = 0; i < n; i++) {
      widths[i + 1] = model.partyList() ? PLACE_COLUMN : i < candidates ? CANDIDATE : NUMBER;
    }
    Label corner = cell(model.corner().get(), "projector-head");
    corner.setId("projector-corner");
    corner.setAlignment(Pos.BOTTOM_LEFT);
    corner.setMaxHeight(Double.MAX_VALUE);
    List<Region> heads = new ArrayList<>();
    heads.add(corner);
    int col = 1;
    for (ProjectorViewModel.Head h : model.heads()) {
      // a pair's two names on lines of their own
      String text = h.name().replace(" - ", "\n");
      Label head = cell(h.top().isEmpty() ? text : h.top() + "\n" + text, "projector-head");
      head.setId("projector-head-" + col++);
      head.setWrapText(true);
      head.setAlignment(Pos.BOTTOM_RIGHT);
      head.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
      head.setMinHeight(Region.USE_PREF_SIZE);
      head.setMaxHeight(Double.MAX_VALUE);
      if (h.flagged()) {
        head.getStyleClass().add("projector-flagged");
      }
      heads.add(head);
    }
    HBox headRow = row(heads);
    headRow.setAlignment(Pos.BOTTOM_LEFT);
    headRow.heightProperty().addListener((o, a, b) -> fit());
    table.getChildren().add(headRow);
    int r = 1;
    for (ProjectorViewModel.Line l : model.lines()) {
      table.getChildren().add(line(l, r++, false));
    }
    table.getChildren().add(line(model.total(), r, true));
    widenToTheNumbers();
  }

  /**
   * A number column is at least as wide as its widest number in the projector's type (a kabupaten's
   * total has seven digits): measured once the cells have their style, so no number is ever cut.
   */
  private void widenToTheNumbers() {
    if (table.getScene() == null) {
      return;
    }
    table.applyCss();
    double[] needed = widths.clone();
    List<HBox> rows = table.getChildren().stream().map(HBox.class::cast).toList();
    for (HBox row : rows.subList(1, rows.size())) {
      for (int i = 1; i < row.getChildren().size() && i < needed.length; i++) {
        Region cell = (Region) row.getChildren().get(i);
        double want = ((Label) cell).prefWidth(-1);
        needed[i] = Math.max(needed[i], Math.ceil(want) + 2);
      }
    }
    for (HBox row : rows) {
      for (int i = 1; i < row.getChildren().size() && i < needed.length; i++) {
        Region cell = (Region) row.getChildren().get(i);
        cell.setMinWidth(needed[i]);
        cell.setPrefWidth(needed[i]);
        cell.setMaxWidth(needed[i]);
      }
    }
  }

  /** A row: the name takes the room left, every other cell its column's width. */
  private HBox row(List<Region> cells) {
    for (int i = 1; i < cells.size() && i < widths.length; i++) {
      Region c = cells.get(i);
      c.setMinWidth(widths[i]);
      c.setPrefWidth(widths[i]);
      c.setMaxWidth(widths[i]);
    }
    Region name = cells.getFirst();
    name.setMinWidth(120);
    name.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(name, Priority.ALWAYS);
    HBox row = new HBox();
    row.getChildren().setAll(cells);
    row.setFillHeight(true);
    return row;
  }

  private HBox line(ProjectorViewModel.Line l, int row, boolean total) {
    String style = total ? "projector-total" : row % 2 == 0 ? "projector-even" : "projector-odd";
    List<Region> cells = new ArrayList<>();
    Label name = cell(l.name(), style);
    name.getStyleClass().add("projector-name");
    name.setAlignment(Pos.CENTER_LEFT);
    if (total) {
      name.setId("projector-total-name");
    }
    cells.add(sized(name, ROW));
    int col = 1;
    for (String v : l.cells()) {
      Label c = cell(v, style);
      c.setAlignment(Pos.CENTER_RIGHT);
      if (total) {
        c.setId("projector-total-" + col);
      }
      cells.add(sized(c, ROW));
      col++;
    }
    if (l.flagged()) {
      cells.forEach(c -> c.getStyleClass().add("projector-flagged"));
    }
    return row(cells);
  }

  private static Label cell(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().addAll("projector-cell", style);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinWidth(0);
    l.setPadding(new Insets(2, 8, 2, 8));
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
