package id.rekap.app.gui.plenary;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.plenary.Attendee;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plenary session tab: its state, place and open/close buttons for the chair, and the
 * attendance list with the form to add a member, a witness (of the screen's contest) or Panwaslu.
 */
final class PlenarySessionView {
  private PlenarySessionView() {}

  static Node of(PlenarySessionViewModel model, Session session) {
    Label status = new Label();
    status.setId("session-status");
    status.textProperty().bind(model.status());
    status.setWrapText(true);
    status.getStyleClass().add(Styles.TEXT_BOLD);
    TextField place = new TextField();
    place.setId("session-place");
    place.setPromptText(session.text("plenary.session.placePrompt"));
    place.setPrefColumnCount(30);
    place.textProperty().bindBidirectional(model.place());
    Button open = new Button(session.text("plenary.session.openButton"));
    open.setId("session-open");
    open.getStyleClass().add(Styles.ACCENT);
    open.setOnAction(e -> model.open());
    Button close = new Button(session.text("plenary.session.closeButton"));
    close.setId("session-close");
    close.setOnAction(e -> model.close());
    GridPane form = new GridPane(10, 8);
    form.addRow(0, new Label(session.text("plenary.session.place")), place, open, close);
    TextField role = new TextField();
    role.setId("attendee-role");
    role.setPromptText(session.text("plenary.session.rolePrompt"));
    role.setPrefColumnCount(10);
    role.textProperty().bindBidirectional(model.role());
    TextField name = new TextField();
    name.setId("attendee-name");
    name.setPrefColumnCount(20);
    name.textProperty().bindBidirectional(model.name());
    Button attend = new Button(session.text("plenary.session.attend"));
    attend.setId("attendee-add");
    attend.setOnAction(e -> model.attend());
    Button committee = new Button(session.text("plenary.session.committee"));
    committee.setId("attendee-committee");
    committee.setOnAction(e -> model.attendCommittee());
    form.addRow(
        1,
        new Label(session.text("plenary.session.attendee")),
        new HBox(
            8,
            Choices.of(
                Arrays.asList(Attendee.Kind.values()),
                model.kind(),
                k -> session.text("plenary.session.kind." + k.id())),
            role,
            name),
        attend,
        committee);
    TableView<Attendee> table = new TableView<>(model.attendees());
    table.setId("attendee-table");
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.kind"),
                100,
                a -> session.text("plenary.session.kind." + a.kind().id())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.session.roleColumn"),
                160,
                a ->
                    switch (a.kind()) {
                      case MEMBER -> a.role();
                      case SAKSI -> a.contest().id() + " " + a.participant();
                      case PANWASLU -> "";
                    }));
    table.getColumns().add(Tables.text(session.text("plenary.session.name"), 260, Attendee::name));
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    Tables.placeholder(table, session.text("plenary.session.nobody"));
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(10, status, form, table);
    box.setPadding(new Insets(12, 4, 4, 4));
    return box;
  }
}
