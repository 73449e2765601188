package id.rekap.app.gui.entry;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import id.rekap.core.entry.TpsQueue;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The work queue beside the form: a filter by state with its counts, the TPS grouped by kecamatan
 * and desa (each group loaded when opened), and the button for the user's next TPS. A TPS opens
 * with a click or Enter; the list follows the TPS that is open.
 */
final class EntryQueueView {
  private final EntryViewModel model;
  private final EntryQueue queue;
  private final Session session;
  private final TreeView<EntryQueue.Node> tree = new TreeView<>();
  private final VBox root;
  private boolean following;

  EntryQueueView(EntryViewModel model, Session session) {
    this.model = model;
    this.queue = model.queue();
    this.session = session;
    Label title = new Label(session.text("queue.title"));
    title.getStyleClass().add(Styles.TITLE_4);
    ComboBox<EntryQueue.FilterItem> filter = new ComboBox<>(queue.filters());
    filter.setId("queue-filter");
    filter.setMaxWidth(Double.MAX_VALUE);
    filter.setOnAction(
        e -> {
          if (filter.getValue() != null) {
            queue.filter().set(filter.getValue().filter());
          }
        });
    queue
        .filters()
        .addListener(
            (javafx.collections.ListChangeListener<EntryQueue.FilterItem>)
                c -> select(filter, queue.filter().get()));
    tree.setId("queue-tree");
    tree.setShowRoot(false);
    tree.getStyleClass().add(Styles.DENSE);
    tree.setCellFactory(t -> new Cell());
    tree.setOnMouseClicked(e -> openSelected());
    tree.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelected();
            e.consume();
          }
        });
    VBox.setVgrow(tree, Priority.ALWAYS);
    Button next = new Button(session.text("entry.next"));
    next.setId("entry-next-queue");
    next.setMaxWidth(Double.MAX_VALUE);
    next.setTooltip(new Tooltip(session.text("entry.nextTip")));
    next.setOnAction(e -> model.next());
    root = new VBox(6, title, filter, tree, next);
    root.setId("entry-queue");
    root.setMinWidth(180);
    root.setPrefWidth(240);
    queue.version().addListener((o, a, b) -> rebuild());
    model.current().addListener((o, a, b) -> follow(b));
    rebuild();
  }

  Node root() {
    return root;
  }

  private static void select(ComboBox<EntryQueue.FilterItem> box, TpsQueue.Filter f) {
    box.getItems().stream().filter(i -> i.filter() == f).findFirst().ifPresent(box::setValue);
  }

  private void openSelected() {
    TreeItem<EntryQueue.Node> item = tree.getSelectionModel().getSelectedItem();
    if (item != null && item.getValue().tps() && !following) {
      model.open(model.contest().get().code(), item.getValue().code(), null);
    }
  }

  private void rebuild() {
    TreeItem<EntryQueue.Node> top = new TreeItem<>();
    for (EntryQueue.Node n : queue.children(null)) {
      top.getChildren().add(new Lazy(n));
    }
    tree.setRoot(top);
    follow(model.current().get());
  }

  /** Opens the groups down to the TPS shown, and selects it, without opening it again. */
  private void follow(String tps) {
    if (tps == null || tree.getRoot() == null) {
      return;
    }
    following = true;
    try {
      TreeItem<EntryQueue.Node> at = tree.getRoot();
      for (String code : queue.pathTo(tps)) {
        at = child(at, code);
        if (at == null) {
          return;
        }
        at.setExpanded(true);
      }
      TreeItem<EntryQueue.Node> item = child(at, tps);
      if (item != null) {
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
          tree.scrollTo(Math.max(0, row - 3));
        }
      }
    } finally {
      following = false;
    }
  }

  private static TreeItem<EntryQueue.Node> child(TreeItem<EntryQueue.Node> parent, String code) {
    for (TreeItem<EntryQueue.Node> c : parent.getChildren()) {
      if (c.getValue().code().equals(code)) {
        return c;
      }
    }
    return null;
  }

  /** A group whose rows are asked for the first time it is opened. */
  private final class Lazy extends TreeItem<EntryQueue.Node> {
    private boolean loaded;

    Lazy(EntryQueue.Node node) {
      super(node);
    }

    @Override
    public boolean isLeaf() {
      return getValue().tps();
    }

    @Override
    public ObservableList<TreeItem<EntryQueue.Node>> getChildren() {
      if (!loaded && !getValue().tps()) {
        loaded = true;
        List<EntryQueue.Node> rows = queue.children(getValue().code());
        super.getChildren().setAll(rows.stream().map(Lazy::new).toList());
      }
      return super.getChildren();
    }
  }

  private final class Cell extends TreeCell<EntryQueue.Node> {
    @Override
    protected void updateItem(EntryQueue.Node item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      if (!item.tps()) {
        setText(item.text());
        setGraphic(null);
        return;
      }
      Label name = new Label(item.text());
      name.setMinWidth(Region.USE_PREF_SIZE);
      String key = item.state().name().toLowerCase(java.util.Locale.ROOT);
      Label state = new Label(session.text("queue.tag." + key));
      state.setTooltip(new javafx.scene.control.Tooltip(queue.stateText(item.state())));
      state.getStyleClass().addAll("tag", "tag-" + key);
      HBox row = new HBox(6, name, state);
      if (item.errors()) {
        Label errors = new Label(session.text("queue.errors"));
        errors.getStyleClass().addAll("tag", "tag-errors");
        row.getChildren().add(errors);
      }
      row.setAlignment(Pos.CENTER_LEFT);
      setText(null);
      setGraphic(row);
    }
  }
}
