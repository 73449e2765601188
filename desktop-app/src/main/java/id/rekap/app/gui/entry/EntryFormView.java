package id.rekap.app.gui.entry;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import id.rekap.core.result.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The C.Hasil form itself: one row per box in the paper's order, party-list ballots in party blocks
 * (party votes, caleg, party total with its running sum), for the verifier the two keyings beside
 * the box. The box with the cursor is always scrolled fully into view; Enter and the arrow keys go
 * to the next or previous box; only boxes that may be typed take the cursor.
 */
final class EntryFormView {
  /** Paper boxes hold at most five digits (the form has three; R11 catches the rest). */
  private static final String DIGITS = "\\d{0,5}";

  private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
  private static final double MARGIN = 28;

  private final EntryViewModel model;
  private final Session session;
  private final VBox form = new VBox(3);
  private final ScrollPane scroll = new ScrollPane(form);
  private final HBox heads = new HBox(8);
  private final VBox root = new VBox(2, heads, scroll);
  private final Map<String, TextField> boxes = new HashMap<>();
  private final List<TextField> order = new ArrayList<>();
  private final Map<Integer, TextField> partyBoxes = new HashMap<>();
  private Runnable afterLast = () -> {};

  EntryFormView(EntryViewModel model, Session session) {
    this.model = model;
    this.session = session;
    form.setPadding(new Insets(4, 12, 12, 4));
    form.getStyleClass().add("chasil-form");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setId("entry-form");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    // the column headings stay above the rows as they scroll, in line with the cells below
    heads
        .paddingProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () ->
                    new Insets(
                        0, 12 + scroll.getWidth() - scroll.getViewportBounds().getWidth(), 0, 4),
                scroll.widthProperty(),
                scroll.viewportBoundsProperty()));
    model.fields().addListener((ListChangeListener<FormField>) c -> build());
    model.mode().addListener((o, a, b) -> build());
    model.focus().addListener((o, a, b) -> focusLater(b));
    scroll
        .sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                scene
                    .focusOwnerProperty()
                    .addListener(
                        (x, was, now) -> {
                          if (now != null && isInForm(now)) {
                            reveal(now);
                          }
                        });
              }
            });
    build();
  }

  Node root() {
    return root;
  }

  /** What Enter on the last box does (the save button takes the cursor). */
  void afterLast(Runnable action) {
    this.afterLast = action;
  }

  /** Puts the cursor in the party-only box of a party (the jump by party number). */
  boolean jumpToParty(int party) {
    TextField box = partyBoxes.get(party);
    if (box == null) {
      return false;
    }
    box.requestFocus();
    box.selectAll();
    return true;
  }

  private boolean isInForm(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == form) {
        return true;
      }
    }
    return false;
  }

  /** Scrolls so the node (and a margin around it) lies inside the viewport. */
  void reveal(Node node) {
    form.applyCss();
    form.layout();
    double content = form.getBoundsInLocal().getHeight();
    double view = scroll.getViewportBounds().getHeight();
    if (content <= view || view <= 0) {
      return;
    }
    Bounds b = form.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double top = scroll.getVvalue() * (content - view);
    double newTop = top;
    if (b.getMinY() - MARGIN < top) {
      newTop = Math.max(0, b.getMinY() - MARGIN);
    } else if (b.getMaxY() + MARGIN > top + view) {
      newTop = Math.min(content - view, b.getMaxY() + MARGIN - view);
    }
    if (newTop != top) {
      scroll.setVvalue(newTop / (content - view));
    }
  }

  private void build() {
    form.getChildren().clear();
    heads.getChildren().clear();
    boxes.clear();
    order.clear();
    partyBoxes.clear();
    List<FormField> fields = model.fields();
    if (fields.isEmpty()) {
      Label none = new Label(session.text("entry.choose"));
      none.textProperty().bind(model.heading());
      none.getStyleClass().add(Styles.TEXT_MUTED);
      form.getChildren().add(none);
      return;
    }
    boolean sideBySide =
        model.mode().get() == EntryViewModel.Mode.SETTLE
            || model.mode().get() == EntryViewModel.Mode.MISMATCH_WAIT;
    List<Node> columns = new ArrayList<>();
    Region blankTitle = new Region();
    columns.add(blankTitle);
    if (sideBySide) {
      columns.add(cell(head("entry.first"), KEYED));
      columns.add(cell(head("entry.second"), KEYED));
      columns.add(cell(head("entry.chosen"), BOX));
    } else {
      columns.add(cell(head("entry.value"), BOX));
    }
    columns.add(cell(head("entry.sirekap"), SIREKAP));
    columns.add(cell(head("entry.rules"), RULES));
    heads.getChildren().setAll(columns);
    HBox.setHgrow(blankTitle, Priority.ALWAYS);
    Block block = null;
    int party = -1;
    List<Node> rows = new ArrayList<>();
    for (FormField f : fields) {
      if (f.block() != block) {
        block = f.block();
        Label h = new Label(session.text("entry.block." + block.name()));
        h.getStyleClass().addAll(Styles.TEXT_BOLD, "block-title");
        rows.add(h);
      }
      if (f.party() != party && f.party() > 0) {
        rows.add(partyHead(f));
      }
      party = f.party();
      List<Node> cells = new ArrayList<>();
      // one line per row: a long name ends in "…" (the tooltip has it whole), so a 250-box form
      // lays out quickly as it is typed
      Label t = new Label(f.title());
      t.setMinWidth(0);
      t.setTooltip(new Tooltip(f.fullTitle()));
      if (f.kind() == FormField.Kind.CALEG) {
        t.setPadding(new Insets(0, 0, 0, 16));
      } else if (f.kind() == FormField.Kind.PARTY_TOTAL) {
        t.getStyleClass().add(Styles.TEXT_BOLD);
      }
      cells.add(t);
      if (sideBySide) {
        cells.add(cell(keyed(f.first().get(), f.differs().get()), KEYED));
        cells.add(cell(keyed(f.second().get(), f.differs().get()), KEYED));
      }
      TextField box = box(f);
      cells.add(cell(box, BOX));
      Label sirekap = new Label();
      sirekap.textProperty().bind(f.sirekap());
      sirekap.getStyleClass().addAll(Styles.TEXT_MUTED, "count");
      sirekap.setTooltip(new Tooltip(session.text("entry.sirekapTip")));
      cells.add(cell(sirekap, SIREKAP));
      Label note = new Label();
      note.textProperty().bind(f.note());
      note.setId("note-" + EntryView.id(f.label()));
      f.state().addListener((o, a, b) -> mark(box, note, b));
      mark(box, note, f.state().get());
      cells.add(cell(note, RULES));
      rows.add(row(cells, t));
    }
    form.getChildren().addAll(rows);
  }

  private static final double KEYED = 58;
  private static final double BOX = 74;
  private static final double SIREKAP = 56;
  private static final double RULES = 58;

  /** A row of the form: the title takes the room left, the other cells their fixed width. */
  private static HBox row(List<Node> cells, Node title) {
    HBox row = new HBox(8);
    row.getChildren().setAll(cells);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(title, Priority.ALWAYS);
    if (title instanceof Region r) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    return row;
  }

  /** A cell of fixed width, its content on the right (numbers line up as on the paper). */
  private static Node cell(Node content, double width) {
    javafx.scene.layout.StackPane cell = new javafx.scene.layout.StackPane(content);
    cell.setAlignment(Pos.CENTER_RIGHT);
    cell.setMinWidth(width);
    cell.setPrefWidth(width);
    cell.setMaxWidth(width);
    return cell;
  }

  private Node partyHead(FormField first) {
    var election = session.workspace().election();
    Label name = new Label(FormTitles.party(election, first.party()));
    name.getStyleClass().addAll(Styles.TEXT_BOLD, "party-title");
    Label full = new Label(FormTitles.partyName(election, first.party()));
    full.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    full.setMinWidth(0);
    Label running = new Label();
    running.setId("running-" + first.party());
    running.setMinWidth(Region.USE_PREF_SIZE);
    model.fields().stream()
        .filter(x -> x.party() == first.party() && x.kind() == FormField.Kind.PARTY_TOTAL)
        .findFirst()
        .ifPresent(
            total -> {
              running.textProperty().bind(total.running());
              running
                  .styleProperty()
                  .bind(
                      Bindings.when(total.state().isEqualTo(FormField.State.ERROR))
                          .then("-fx-text-fill: -color-danger-fg;")
                          .otherwise(""));
            });
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox row = new HBox(8, name, full, grow, running);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("party-head");
    row.setPadding(new Insets(8, 0, 2, 0));
    return row;
  }

  private Label keyed(String value, boolean differs) {
    Label l = new Label(value);
    l.getStyleClass().add("count");
    if (differs) {
      l.getStyleClass().add(Styles.DANGER);
    }
    return l;
  }

  private Label head(String key) {
    Label l = new Label(session.text(key));
    l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    return l;
  }

  private TextField box(FormField f) {
    TextField box = new TextField();
    box.setId("field-" + EntryView.id(f.label()));
    box.setTextFormatter(
        new TextFormatter<String>(c -> c.getControlNewText().matches(DIGITS) ? c : null));
    box.textProperty().bindBidirectional(f.value());
    box.setAlignment(Pos.CENTER_RIGHT);
    box.setPrefColumnCount(4);
    box.setMaxWidth(BOX);
    box.getStyleClass().add(Styles.SMALL);
    boolean editable = f.editable().get();
    box.setEditable(editable);
    box.setFocusTraversable(editable);
    if (!editable) {
      box.getStyleClass().add("read-only");
    }
    box.pseudoClassStateChanged(DIFFERS, f.differs().get());
    if (f.kind() == FormField.Kind.PARTY_ONLY) {
      partyBoxes.put(f.party(), box);
    }
    box.addEventFilter(KeyEvent.KEY_PRESSED, e -> move(box, e));
    boxes.put(f.label(), box);
    if (editable) {
      order.add(box);
    }
    return box;
  }

  /** Enter or ↓ to the next box, ↑ to the previous one; Enter on the last goes to saving. */
  private void move(TextField box, KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    int at = order.indexOf(box);
    if (at < 0) {
      return;
    }
    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
      if (at + 1 < order.size()) {
        go(order.get(at + 1));
      } else if (e.getCode() == KeyCode.ENTER) {
        afterLast.run();
      }
      e.consume();
    } else if (e.getCode() == KeyCode.UP && at > 0) {
      go(order.get(at - 1));
      e.consume();
    }
  }

  private static void go(TextField box) {
    box.requestFocus();
    box.selectAll();
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

  /** Focuses a box once the form is laid out (a box just built is not in the scene yet). */
  private void focusLater(String label) {
    if (label == null) {
      return;
    }
    Platform.runLater(
        () -> {
          TextField box = boxes.get(label);
          if (box == null) {
            return;
          }
          if (box.isFocusTraversable()) {
            box.requestFocus();
            box.selectAll();
          }
          reveal(box);
          box.pseudoClassStateChanged(PseudoClass.getPseudoClass("jumped"), true);
        });
  }

  /** The box of a field (for tests and the jump from a finding). */
  TextField boxOf(String label) {
    return boxes.get(label);
  }
}
