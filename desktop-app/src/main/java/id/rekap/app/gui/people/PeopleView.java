package id.rekap.app.gui.people;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.Layouts;
import id.rekap.app.gui.PassphraseDialog;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Users of the workspace (added by an admin) and the committee that signs the forms. */
public final class PeopleView {
  private final BorderPane root = new BorderPane();
  private final PeopleViewModel model;
  private final Session session;

  public PeopleView(PeopleViewModel model, Session session) {
    this.model = model;
    this.session = session;
    root.setTop(ScreenHeader.of(session.text("nav.people"), session.text("people.subtitle")));
    Label message = new Label();
    message.setId("people-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    VBox left = new VBox(14, committeeCard(), message);
    Layouts.twoColumns(root, left, usersCard(), 520);
  }

  public Node root() {
    return root;
  }

  private VBox usersCard() {
    Label title = new Label(session.text("people.users"));
    title.getStyleClass().add(Styles.TITLE_4);
    TableView<PeopleViewModel.Row> table = new TableView<>(model.users());
    table.setId("people-users");
    table
        .getColumns()
        .add(Tables.text(session.text("people.name"), 200, PeopleViewModel.Row::name));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("people.role"), 140, r -> session.text("role." + r.role().id())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("people.state"),
                100,
                r -> session.text(r.active() ? "people.active" : "people.inactive")));
    Tables.placeholder(table, session.text("people.none"));
    VBox.setVgrow(table, Priority.ALWAYS);
    TextField name = new TextField();
    name.setId("people-name");
    name.setPromptText(session.text("people.namePrompt"));
    name.textProperty().bindBidirectional(model.name());
    HBox.setHgrow(name, Priority.ALWAYS);
    var role = Choices.of(model.roles(), model.role(), r -> session.text("role." + r.id()));
    role.setId("people-role");
    Button add = new Button(session.text("people.add"));
    add.setId("people-add");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(
        e ->
            PassphraseDialog.ask(
                    root.getScene().getWindow(),
                    session.text("people.add"),
                    session.text("people.password"),
                    session.text("people.repeat"))
                .ifPresent(p -> model.addUser(p.get(0), p.get(1))));
    Label hint = new Label(session.text("people.usersHint"));
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    hint.setWrapText(true);
    Button deactivate = new Button(session.text("people.deactivate"));
    deactivate.setId("people-deactivate");
    Button activate = new Button(session.text("people.activate"));
    activate.setId("people-activate");
    var selected = table.getSelectionModel().selectedItemProperty();
    deactivate.disableProperty().bind(selected.isNull());
    activate.disableProperty().bind(selected.isNull());
    deactivate.setOnAction(e -> model.setActive(selected.get(), false));
    activate.setOnAction(e -> model.setActive(selected.get(), true));
    VBox card =
        new VBox(
            10,
            title,
            hint,
            new HBox(8, name, role, add),
            table,
            new HBox(8, deactivate, activate));
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }

  private VBox committeeCard() {
    Label title = new Label(session.text("people.committee"));
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint = new Label(session.text("people.committeeHint"));
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    hint.setWrapText(true);
    TextArea lines = new TextArea();
    lines.setId("people-committee");
    lines.setPrefRowCount(7);
    lines.textProperty().bindBidirectional(model.committee());
    Button save = new Button(session.text("people.saveCommittee"));
    save.setId("people-save-committee");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.saveCommittee());
    VBox card = new VBox(10, title, hint, lines, save);
    card.setPadding(new Insets(16));
    card.getStyleClass().add("card");
    return card;
  }
}
