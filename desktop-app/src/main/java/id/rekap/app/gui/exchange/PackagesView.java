package id.rekap.app.gui.exchange;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.PassphraseDialog;
import id.rekap.app.gui.PathField;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.exchange.ReceivedPackage;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Packages: export on the left, import with its verification below it, received list right. */
public final class PackagesView {
  private final PackagesViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();

  public PackagesView(PackagesViewModel model, Session session) {
    this.model = model;
    this.session = session;
    root.setTop(ScreenHeader.of(session.text("nav.packages"), session.text("packages.subtitle")));
    Label message = new Label();
    message.setId("packages-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    VBox left = new VBox(14, exportCard(), importCard(), message);
    id.rekap.app.gui.Layouts.twoColumns(root, left, receivedCard(), 560);
  }

  public Node root() {
    return root;
  }

  private Node exportCard() {
    Label title = new Label(session.text("packages.export"));
    title.getStyleClass().add(Styles.TITLE_4);
    TextField reason = new TextField();
    reason.setId("packages-reason");
    reason.setPromptText(session.text("packages.reasonPrompt"));
    reason.textProperty().bindBidirectional(model.reason());
    Button export = new Button(session.text("packages.exportButton"));
    export.setId("packages-export");
    export.getStyleClass().add(Styles.ACCENT);
    export.setOnAction(
        e ->
            PassphraseDialog.ask(
                    root.getScene().getWindow(),
                    session.text("packages.exportButton"),
                    session.text("keys.passphrase"))
                .ifPresent(p -> model.export(p.getFirst())));
    GridPane grid = new GridPane(10, 8);
    grid.addRow(0, new Label(session.text("packages.reason")), reason);
    grid.addRow(
        1,
        new Label(session.text("packages.file")),
        PathField.of(
            "packages-export-file",
            model.exportFile(),
            PathField.Kind.SAVE_FILE,
            session.text("common.choose"),
            "paket.rekap"));
    grid.add(export, 1, 2);
    Label hint = new Label(session.text("packages.exportHint"));
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox card = new VBox(10, title, hint, grid);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private Node importCard() {
    Label title = new Label(session.text("packages.import"));
    title.getStyleClass().add(Styles.TITLE_4);
    Button importButton = new Button(session.text("packages.importButton"));
    importButton.setId("packages-import");
    importButton.setOnAction(e -> model.importPackage());
    HBox row =
        new HBox(
            8,
            PathField.of(
                "packages-import-file",
                model.importFile(),
                PathField.Kind.OPEN_FILE,
                session.text("common.choose"),
                "paket-310101.rekap"),
            importButton);
    GridPane verification = new GridPane(12, 4);
    verification.setId("packages-verification");
    model
        .verification()
        .addListener(
            (o, a, v) -> {
              verification.getChildren().clear();
              if (v == null) {
                return;
              }
              int r = 0;
              verification.addRow(r++, muted("packages.signer"), new Label(v.signer()));
              verification.addRow(
                  r++, muted("packages.level"), new Label(v.level() + " " + v.region()));
              verification.addRow(r++, muted("packages.intact"), verdict(v.intact()));
              verification.addRow(r++, muted("packages.trusted"), verdict(v.trusted()));
              for (String p : v.problems()) {
                Label l = new Label(p);
                l.setWrapText(true);
                l.setMaxWidth(420);
                l.getStyleClass().add(Styles.DANGER);
                verification.addRow(r++, muted("packages.problem"), l);
              }
            });
    Label result = new Label();
    result.setId("packages-result");
    result.setWrapText(true);
    result.textProperty().bind(model.importResult());
    result.getStyleClass().add(Styles.TEXT_BOLD);
    VBox card = new VBox(10, title, row, verification, result);
    if (!model.receives()) {
      Label only = new Label(session.text("packages.onlyKabkota"));
      only.setWrapText(true);
      only.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      card.getChildren().add(1, only);
      row.setDisable(true);
    }
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private Label verdict(boolean yes) {
    Label l = new Label(session.text(yes ? "packages.yes" : "packages.no"));
    l.getStyleClass().add(yes ? Styles.SUCCESS : Styles.DANGER);
    return l;
  }

  private Label muted(String key) {
    Label l = new Label(session.text(key));
    l.getStyleClass().add(Styles.TEXT_MUTED);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private Node receivedCard() {
    Label title = new Label(session.text("packages.received"));
    title.getStyleClass().add(Styles.TITLE_4);
    TableView<ReceivedPackage> table = new TableView<>(model.received());
    table.setId("packages-table");
    table
        .getColumns()
        .add(Tables.text(session.text("common.code"), 80, ReceivedPackage::senderRegion));
    table
        .getColumns()
        .add(Tables.text(session.text("packages.sender"), 180, ReceivedPackage::senderName));
    table.getColumns().add(Tables.text("#", 40, p -> String.valueOf(p.sequence())));
    table.getColumns().add(Tables.text(session.text("packages.state"), 90, model::state));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("packages.reason"), 180, p -> p.reason() == null ? "" : p.reason()));
    table.getColumns().add(Tables.count(session.text("packages.rows"), p -> (long) p.rowCount()));
    table.getColumns().add(Tables.count("R22", p -> (long) p.discrepancies().size()));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("packages.importedAt"),
                160,
                p -> p.importedAt() + " · " + p.importedBy()));
    table.setPlaceholder(
        new Label(session.text(model.receives() ? "packages.none" : "packages.onlyKabkota")));
    table.getStyleClass().add(Styles.DENSE);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> model.selected().set(b));
    model
        .selected()
        .addListener(
            (o, a, b) -> {
              if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
              }
            });
    table.setRowFactory(
        tv ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(ReceivedPackage item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-superseded");
                if (!empty && item != null && !item.current()) {
                  getStyleClass().add("row-superseded");
                }
              }
            });
    VBox.setVgrow(table, Priority.ALWAYS);
    Label r22 = new Label(session.text("packages.discrepancies"));
    r22.getStyleClass().add(Styles.TEXT_BOLD);
    TableView<PackageDiscrepancy> findings = new TableView<>(model.discrepancies());
    findings.setId("packages-discrepancies");
    findings
        .getColumns()
        .add(Tables.text(session.text("common.contest"), 80, d -> d.contest().id()));
    findings.getColumns().add(Tables.text(session.text("packages.level"), 90, d -> d.level().id()));
    findings
        .getColumns()
        .add(Tables.text(session.text("common.code"), 110, PackageDiscrepancy::code));
    findings
        .getColumns()
        .add(Tables.text(session.text("packages.fields"), 260, d -> String.join(", ", d.fields())));
    findings.setPlaceholder(new Label(session.text("packages.noDiscrepancies")));
    findings.setPrefHeight(150);
    findings.getStyleClass().add(Styles.DENSE);
    TextField why = new TextField();
    why.setId("packages-withdraw-reason");
    why.setPromptText(session.text("packages.withdrawReason"));
    why.textProperty().bindBidirectional(model.withdrawReason());
    HBox.setHgrow(why, Priority.ALWAYS);
    Button withdraw = new Button(session.text("packages.withdraw"));
    withdraw.setId("packages-withdraw");
    withdraw.setOnAction(e -> model.withdraw());
    withdraw
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selected().get() == null || !model.selected().get().current(),
                model.selected()));
    HBox withdrawRow = new HBox(8, why, withdraw);
    withdrawRow.setAlignment(Pos.CENTER_LEFT);
    withdrawRow.setDisable(!model.receives());
    VBox card = new VBox(10, title, table, withdrawRow, r22, findings);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }
}
