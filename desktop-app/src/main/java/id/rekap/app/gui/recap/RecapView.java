package id.rekap.app.gui.recap;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.ContestChoice;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.election.Shape;
import id.rekap.core.result.AdminField;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * The recap tree table (kab/kota → kecamatan → desa → TPS) with a source selector, a party picker
 * that expands a party into its candidates, and the button that opens the projector view.
 */
public final class RecapView {
  private final RecapViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final TreeTableView<RecapNode> table = new TreeTableView<>();

  public RecapView(RecapViewModel model, Session session, Runnable openProjector) {
    this.model = model;
    this.session = session;
    ChoiceBox<String> source = new ChoiceBox<>();
    source.getItems().setAll(model.sources());
    source.valueProperty().bindBidirectional(model.source());
    source.setConverter(converter(model::sourceText));
    source.setId("recap-source");
    ChoiceBox<Integer> party = new ChoiceBox<>();
    party.setId("recap-party");
    party.setConverter(
        converter(
            p ->
                p == null || p == 0
                    ? session.text("recap.partyNone")
                    : session.text("recap.partyExpanded", p)));
    fillParties(party);
    model.contest().addListener((o, a, b) -> fillParties(party));
    party.valueProperty().addListener((o, a, b) -> model.expandedParty().set(b == null ? 0 : b));
    Button projector = new Button(session.text("recap.projector"));
    projector.setId("recap-projector");
    projector.getStyleClass().add(Styles.ACCENT);
    projector.setOnAction(e -> openProjector.run());
    root.setTop(
        ScreenHeader.of(
            session.text("nav.recap"),
            session.text("recap.subtitle"),
            new Label(session.text("common.contest")),
            ContestChoice.of(session, model.contest()),
            new Label(session.text("recap.source")),
            source,
            party,
            projector));
    table.setId("recap-table");
    table.setShowRoot(true);
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    table.setPlaceholder(new Label(session.text("recap.empty")));
    root.setCenter(table);
    BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
    root.setPadding(new Insets(16));
    model.tree().addListener((o, a, b) -> show(b));
    model.expandedParty().addListener((o, a, b) -> columns());
    model.selected().addListener((o, a, b) -> select(b));
    columns();
  }

  public Node root() {
    return root;
  }

  private void fillParties(ChoiceBox<Integer> party) {
    party.getItems().setAll(0);
    var contest = model.contest().get();
    party.setVisible(contest.shape() == Shape.PARTY_LISTS);
    if (contest.shape() == Shape.PARTY_LISTS) {
      party.getItems().addAll(RecapColumns.partyCandidates(contest).keySet());
    }
    party.setValue(0);
  }

  private void columns() {
    var cols = table.getColumns();
    cols.clear();
    cols.add(Tables.treeText(session.text("common.name"), 270, n -> label(n)));
    cols.add(Tables.treeText(session.text("common.code"), 100, RecapNode::code));
    cols.add(
        Tables.treeText(session.text("recap.tps"), 70, n -> n.received() + "/" + n.expected()));
    for (RecapColumns.Column c : model.columns()) {
      TreeTableColumn<RecapNode, String> col =
          Tables.treeCount(pairOnTwoLines(c.header()), n -> n.tally().votes(c.key()));
      col.setId("votes-" + c.key());
      if (!c.parts().isEmpty()) {
        col = new TreeTableColumn<>(c.header());
        for (RecapColumns.Column part : c.parts()) {
          col.getColumns().add(Tables.treeCount(part.header(), n -> n.tally().votes(part.key())));
        }
      }
      col.setUserData(c.tooltip());
      cols.add(col);
    }
    cols.add(admin("field.valid", AdminField.VALID));
    cols.add(admin("field.invalid", AdminField.INVALID));
    cols.add(admin("field.total", AdminField.TOTAL));
    cols.add(admin("field.users", AdminField.USERS));
    cols.add(admin("field.dpt", AdminField.DPT));
  }

  private static String label(RecapNode n) {
    return n.name();
  }

  private TreeTableColumn<RecapNode, String> admin(String key, AdminField field) {
    TreeTableColumn<RecapNode, String> col =
        Tables.treeCount(session.text(key), n -> n.tally().admin(field));
    col.setId("admin-" + field.jsonKey());
    return col;
  }

  private void show(RecapNode top) {
    if (top == null) {
      table.setRoot(null);
      return;
    }
    TreeItem<RecapNode> rootItem = item(top);
    rootItem.setExpanded(true);
    rootItem.getChildren().forEach(c -> c.setExpanded(true));
    table.setRoot(rootItem);
    select(model.selected().get());
  }

  private static TreeItem<RecapNode> item(RecapNode n) {
    TreeItem<RecapNode> it = new TreeItem<>(n);
    for (RecapNode c : n.children()) {
      it.getChildren().add(item(c));
    }
    return it;
  }

  private void select(String code) {
    if (code == null || table.getRoot() == null) {
      return;
    }
    TreeItem<RecapNode> at = table.getRoot();
    while (at != null && !at.getValue().code().equals(code)) {
      at.setExpanded(true);
      TreeItem<RecapNode> next = null;
      for (TreeItem<RecapNode> c : at.getChildren()) {
        if (code.startsWith(c.getValue().code())) {
          next = c;
        }
      }
      at = next;
    }
    if (at != null) {
      table.getSelectionModel().select(at);
      int row = table.getRow(at);
      table.scrollTo(Math.max(0, row - 3));
      table.requestFocus();
    }
  }

  private static <T> StringConverter<T> converter(Function<T, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return f.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  /**
   * A pair's heading on two lines, one name each ("(1) H. ANIES …" over "Dr. (H.C.) H. A. …"): the
   * whole names stay readable in a column half as wide.
   */
  static String pairOnTwoLines(String header) {
    return header.replaceFirst(" - ", "\n");
  }
}
