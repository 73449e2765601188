package id.rekap.app.gui.sync;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.PassphraseDialog;
import id.rekap.app.gui.PathField;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.sync.OutboxEntry;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Sync: upstream and receiver on the left, the outbox with "send now" on the right. */
public final class SyncView {
  private final SyncViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();

  public SyncView(SyncViewModel model, Session session) {
    this.model = model;
    this.session = session;
    root.setTop(ScreenHeader.of(session.text("nav.sync"), session.text("sync.subtitle")));
    Label message = new Label();
    message.setId("sync-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    VBox left = new VBox(14, upstreamCard());
    if (model.receives()) {
      left.getChildren().add(receiverCard());
    }
    left.getChildren().add(message);
    id.rekap.app.gui.Layouts.twoColumns(root, left, outboxCard(), 540);
  }

  public Node root() {
    return root;
  }

  private Node upstreamCard() {
    Label title = new Label(session.text("sync.upstream"));
    title.getStyleClass().add(Styles.TITLE_4);
    Label registered = new Label();
    registered.setId("sync-upstream");
    registered.setWrapText(true);
    registered.textProperty().bind(model.upstream());
    TextField url = new TextField();
    url.setId("sync-url");
    url.setPromptText("https://kpu-3101.local:8443");
    url.textProperty().bindBidirectional(model.url());
    Label fingerprint = new Label();
    fingerprint.setId("sync-fingerprint");
    fingerprint.setWrapText(true);
    fingerprint.setMaxWidth(440);
    fingerprint.textProperty().bind(model.fingerprint());
    Button register = new Button(session.text("sync.register"));
    register.setId("sync-register");
    register.getStyleClass().add(Styles.ACCENT);
    register.setOnAction(e -> model.register());
    GridPane grid = new GridPane(10, 8);
    grid.addRow(0, new Label(session.text("sync.url")), url);
    grid.addRow(
        1,
        new Label(session.text("sync.certificate")),
        PathField.of(
            "sync-certificate",
            model.certificateFile(),
            PathField.Kind.OPEN_FILE,
            session.text("common.choose"),
            "kpu-3101.pem"));
    grid.add(fingerprint, 1, 2);
    grid.add(register, 1, 3);
    Label hint = new Label(session.text("sync.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox card = new VBox(10, title, registered, hint, grid);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private Node receiverCard() {
    Label title = new Label(session.text("sync.receiver"));
    title.getStyleClass().add(Styles.TITLE_4);
    Spinner<Integer> port = new Spinner<>(1024, 65535, model.port().get());
    port.setId("sync-port");
    port.setEditable(true);
    port.valueProperty().addListener((o, a, b) -> model.port().set(b));
    port.disableProperty().bind(model.receiving());
    ToggleButton toggle = new ToggleButton(session.text("sync.receiverToggle"));
    toggle.setId("sync-receiver");
    toggle.selectedProperty().bindBidirectional(model.receiving());
    toggle.setOnAction(
        e -> {
          if (toggle.isSelected()) {
            toggle.setSelected(false); // on only once the receiver runs
            PassphraseDialog.ask(
                    root.getScene().getWindow(),
                    session.text("sync.receiverToggle"),
                    session.text("keys.passphrase"))
                .ifPresent(p -> model.startReceiver(p.getFirst()));
          } else {
            model.stopReceiver();
          }
        });
    Label state = new Label();
    state.setId("sync-receiver-state");
    state.textProperty().bind(model.receiverState());
    HBox row = new HBox(8, new Label(session.text("sync.port")), port, toggle, state);
    row.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label(session.text("sync.receiverHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox card = new VBox(10, title, hint, row);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private Node outboxCard() {
    Label title = new Label(session.text("sync.outbox"));
    title.getStyleClass().add(Styles.TITLE_4);
    Label sender = new Label();
    sender.setId("sync-sender");
    sender.setWrapText(true);
    sender.textProperty().bind(model.sender());
    sender.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Button send = new Button(session.text("sync.sendNow"));
    send.setId("sync-send");
    send.setOnAction(e -> model.sendNow());
    TableView<OutboxEntry> table = new TableView<>(model.outbox());
    table.setId("sync-outbox");
    table.getColumns().add(Tables.text("#", 50, e -> String.valueOf(e.sequence())));
    table.getColumns().add(Tables.text(session.text("sync.state"), 110, model::status));
    table.getColumns().add(Tables.count(session.text("sync.attempts"), e -> (long) e.attempts()));
    table
        .getColumns()
        .add(Tables.text(session.text("sync.updated"), 130, e -> model.time(e.updatedAt())));
    table
        .getColumns()
        .add(
            Tables.text(session.text("sync.nextAttempt"), 130, e -> model.time(e.nextAttemptAt())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("sync.lastError"),
                300,
                e -> e.lastError() == null ? "" : e.lastError()));
    table.getColumns().add(Tables.text("SHA-256", 120, e -> e.sha256().substring(0, 12) + "…"));
    table.setPlaceholder(new Label(session.text("sync.empty")));
    table.getStyleClass().add(Styles.DENSE);
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox top = new HBox(10, send, sender);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox card = new VBox(10, title, top, table);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }
}
