package id.rekap.app.gui.keys;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.PassphraseDialog;
import id.rekap.app.gui.PathField;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.trust.TrustedCertificate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Keys and trust: the signing key's certificate and actions on the left, the trust list right. */
public final class KeysView {
  private final KeysViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();

  public KeysView(KeysViewModel model, Session session) {
    this.model = model;
    this.session = session;
    root.setTop(ScreenHeader.of(session.text("nav.keys"), session.text("keys.subtitle")));
    Label message = new Label();
    message.setId("keys-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    VBox left = new VBox(14, keyCard(), message);
    left.setPrefWidth(560);
    left.setMinWidth(480);
    VBox right = trustCard();
    HBox.setHgrow(right, Priority.ALWAYS);
    HBox body = new HBox(18, left, right);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    BorderPane.setMargin(scroll, new Insets(12, 0, 0, 0));
    root.setCenter(scroll);
    root.setPadding(new Insets(16));
    id.rekap.app.gui.Layouts.fullLabels(root);
  }

  public Node root() {
    return root;
  }

  private Node keyCard() {
    Label title = new Label(session.text("keys.key"));
    title.getStyleClass().add(Styles.TITLE_4);
    GridPane facts = new GridPane(12, 6);
    facts.setId("keys-facts");
    Runnable fill =
        () -> {
          facts.getChildren().clear();
          int row = 0;
          for (KeysViewModel.Fact f : model.facts()) {
            Label l = new Label(f.label());
            l.getStyleClass().add(Styles.TEXT_MUTED);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label v = new Label(f.value());
            v.setWrapText(true);
            v.setMaxWidth(400);
            facts.addRow(row++, l, v);
          }
        };
    model
        .facts()
        .addListener((javafx.collections.ListChangeListener<KeysViewModel.Fact>) c -> fill.run());
    fill.run();
    Button create = new Button(session.text("keys.create"));
    create.setId("keys-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.disableProperty().bind(model.hasKey());
    create.setOnAction(
        e ->
            PassphraseDialog.ask(
                    window(),
                    session.text("keys.create"),
                    session.text("keys.passphrase"),
                    session.text("keys.repeat"))
                .ifPresent(p -> model.create(p.get(0), p.get(1))));
    Button unlock = new Button(session.text("keys.unlock"));
    unlock.setId("keys-unlock");
    unlock.disableProperty().bind(model.hasKey().not().or(model.certificate().isNotNull()));
    unlock.setOnAction(
        e ->
            PassphraseDialog.ask(
                    window(), session.text("keys.unlock"), session.text("keys.passphrase"))
                .ifPresent(p -> model.unlock(p.getFirst())));
    HBox keyButtons = new HBox(8, create, unlock);
    Label importTitle = new Label(session.text("keys.importTitle"));
    importTitle.getStyleClass().add(Styles.TEXT_BOLD);
    Button importButton = new Button(session.text("keys.import"));
    importButton.setId("keys-import");
    importButton.disableProperty().bind(model.hasKey());
    importButton.setOnAction(
        e ->
            PassphraseDialog.ask(
                    window(),
                    session.text("keys.import"),
                    session.text("keys.filePassphrase"),
                    session.text("keys.passphrase"),
                    session.text("keys.repeat"))
                .ifPresent(p -> model.importKey(p.get(0), p.get(1), p.get(2))));
    HBox importRow =
        new HBox(
            8,
            PathField.of(
                "keys-import-file",
                model.importFile(),
                PathField.Kind.OPEN_FILE,
                session.text("common.choose"),
                "sertifikat-bsre.p12"),
            importButton);
    Label exportTitle = new Label(session.text("keys.exportTitle"));
    exportTitle.getStyleClass().add(Styles.TEXT_BOLD);
    Button export = new Button(session.text("keys.export"));
    export.setId("keys-export");
    export.disableProperty().bind(model.hasKey().not());
    export.setOnAction(
        e -> {
          if (model.exportNeedsPassphrase()) {
            PassphraseDialog.ask(
                    window(), session.text("keys.export"), session.text("keys.passphrase"))
                .ifPresent(p -> model.exportCertificate(p.getFirst()));
          } else {
            model.exportCertificate(null);
          }
        });
    HBox exportRow =
        new HBox(
            8,
            PathField.of(
                "keys-export-file",
                model.exportFile(),
                PathField.Kind.SAVE_FILE,
                session.text("common.choose"),
                "sertifikat.pem"),
            export);
    Label hint = new Label(session.text("keys.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox card =
        new VBox(
            10, title, facts, keyButtons, hint, importTitle, importRow, exportTitle, exportRow);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private VBox trustCard() {
    Label title = new Label(session.text("keys.trust"));
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint = new Label(session.text("keys.trustHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    TableView<TrustedCertificate> table = new TableView<>(model.trust());
    table.setId("trust-table");
    table
        .getColumns()
        .add(Tables.text(session.text("keys.subject"), 260, TrustedCertificate::subject));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("keys.kind"),
                70,
                t -> session.text(t.ca() ? "keys.kind.ca" : "keys.kind.centre")));
    table
        .getColumns()
        .add(Tables.text(session.text("keys.fingerprint"), 150, t -> shortPrint(t.fingerprint())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("keys.trustState"),
                150,
                t ->
                    t.active()
                        ? session.text("keys.trustActive", t.addedBy())
                        : session.text("keys.trustRemovedBy", t.removedBy())));
    table
        .getColumns()
        .add(Tables.text(session.text("keys.note"), 160, t -> t.note() == null ? "" : t.note()));
    table.setPlaceholder(new Label(session.text("keys.trustEmpty")));
    table.getStyleClass().add(Styles.DENSE);
    VBox.setVgrow(table, Priority.ALWAYS);
    TextField note = new TextField();
    note.setId("trust-note");
    note.setPromptText(session.text("keys.notePrompt"));
    note.textProperty().bindBidirectional(model.trustNote());
    Button add = new Button(session.text("keys.trustAdd"));
    add.setId("trust-add");
    add.setOnAction(e -> model.addTrusted());
    Button remove = new Button(session.text("keys.trustRemove"));
    remove.setId("trust-remove");
    remove.getStyleClass().add(Styles.DANGER);
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> model.removeTrusted(table.getSelectionModel().getSelectedItem()));
    HBox addRow =
        new HBox(
            8,
            PathField.of(
                "trust-file",
                model.trustFile(),
                PathField.Kind.OPEN_FILE,
                session.text("common.choose"),
                "ppk-310101.pem"),
            note,
            add);
    VBox card = new VBox(10, title, hint, addRow, table, remove);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  /** The first and last bytes of a fingerprint, enough to tell entries apart in a column. */
  private static String shortPrint(String fingerprint) {
    return fingerprint.length() <= 23
        ? fingerprint
        : fingerprint.substring(0, 11) + " … " + fingerprint.substring(fingerprint.length() - 11);
  }

  private javafx.stage.Window window() {
    return root.getScene().getWindow();
  }
}
