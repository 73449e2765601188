package id.rekap.app.gui.plenary;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ContestChoice;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.Tables;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenaryRepository;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plenary: a place (TPS or region) at the top, and tabs for objections and special events,
 * corrections with their history, and adoption.
 */
public final class PlenaryView {
  private final PlenaryViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();

  public PlenaryView(PlenaryViewModel model, Session session) {
    this.model = model;
    this.session = session;
    TextField place = new TextField();
    place.setId("plenary-place");
    place.setPromptText(session.text("plenary.placePrompt"));
    place.setPrefColumnCount(14);
    place.textProperty().bindBidirectional(model.place());
    root.setTop(
        ScreenHeader.of(
            session.text("nav.plenary"),
            session.text("plenary.subtitle"),
            new Label(session.text("common.contest")),
            ContestChoice.of(session, model.contest()),
            new Label(session.text("plenary.place")),
            place));
    TabPane tabs =
        new TabPane(
            tab("plenary.tab.session", PlenarySessionView.of(model.sessions(), session)),
            tab("plenary.tab.objections", objections()),
            tab("plenary.tab.corrections", corrections()),
            tab("plenary.tab.adoption", adoption()));
    tabs.setId("plenary-tabs");
    tabs.getStyleClass().add(Styles.TABS_FLOATING);
    Label message = new Label();
    message.setId("plenary-message");
    message.textProperty().bind(model.message());
    message.setWrapText(true);
    message.getStyleClass().add(Styles.TEXT_BOLD);
    root.setCenter(tabs);
    root.setBottom(message);
    BorderPane.setMargin(tabs, new Insets(10, 0, 6, 0));
    root.setPadding(new Insets(16));
  }

  public Node root() {
    return root;
  }

  private Tab tab(String key, Node content) {
    Tab t = new Tab(session.text(key), content);
    t.setClosable(false);
    t.setId(key.replace('.', '-'));
    return t;
  }

  private Node objections() {
    TextField by = field("objection-by", model.raisedBy());
    by.setPromptText(session.text("plenary.raisedByPrompt"));
    TextArea what = new TextArea();
    what.setId("objection-text");
    what.setPrefRowCount(3);
    what.setWrapText(true);
    what.textProperty().bindBidirectional(model.text());
    Button record = new Button(session.text("plenary.record"));
    record.setId("objection-record");
    record.getStyleClass().add(Styles.ACCENT);
    record.setOnAction(e -> model.recordObjection());
    GridPane form = grid();
    form.addRow(
        0,
        label("plenary.kind"),
        Choices.of(
            Arrays.asList(Objections.Kind.values()),
            model.kind(),
            k -> session.text("objection.kind." + k.id())));
    TextField participant = field("objection-participant", model.participant());
    participant.setPromptText(session.text("plenary.participantPrompt"));
    participant.setPrefColumnCount(6);
    form.addRow(1, label("plenary.raisedBy"), by, label("plenary.participant"), participant);
    form.addRow(2, label("plenary.text"), what);
    form.add(record, 1, 3);
    TableView<PlenaryRepository.ObjectionRow> table = new TableView<>(model.objections());
    table.setId("objection-table");
    table.getColumns().add(Tables.text("#", 40, o -> String.valueOf(o.id())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.kind"),
                100,
                o -> session.text("objection.kind." + o.kind().id())));
    table
        .getColumns()
        .add(
            Tables.text(session.text("plenary.place"), 120, PlenaryRepository.ObjectionRow::place));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.raisedBy"), 120, PlenaryRepository.ObjectionRow::raisedBy));
    table
        .getColumns()
        .add(Tables.text(session.text("plenary.text"), 260, PlenaryRepository.ObjectionRow::text));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.decision"),
                90,
                o -> session.text("objection.decision." + o.decision().id())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.response"),
                220,
                o -> o.response() == null ? "" : o.response()));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.recommendation"),
                200,
                o -> o.recommendation() == null ? "" : o.recommendation()));
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    Tables.placeholder(table, session.text("plenary.noObjections"));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> model.selectedObjection().set(b));
    TextField answer = field("objection-response", model.response());
    answer.setPromptText(session.text("plenary.responsePrompt"));
    Button respond = new Button(session.text("plenary.respond"));
    respond.setId("objection-respond");
    respond.setOnAction(e -> model.respond());
    GridPane reply = grid();
    reply.addRow(
        0,
        label("plenary.response"),
        answer,
        Choices.of(
            List.of(Objections.Decision.ACCEPTED, Objections.Decision.REJECTED),
            model.decision(),
            d -> session.text("objection.decision." + d.id())),
        respond);
    TextField recommendation = field("objection-recommendation", model.recommendation());
    recommendation.setPromptText(session.text("plenary.recommendationPrompt"));
    Button recommend = new Button(session.text("plenary.recommend"));
    recommend.setId("objection-recommend");
    recommend.setOnAction(e -> model.recommend());
    reply.addRow(1, label("plenary.recommendation"), recommendation, new Label(), recommend);
    VBox.setVgrow(table, Priority.ALWAYS);
    return pad(new VBox(10, form, table, reply));
  }

  private Node corrections() {
    TextField value = field("correction-value", model.newValue());
    TextField reason = field("correction-reason", model.reason());
    TextField proposer = field("correction-proposer", model.proposedBy());
    var fieldChoice =
        Choices.of(model.correctableFields(), model.field(), f -> session.text("field." + f));
    model
        .contest()
        .addListener((o, a, b) -> fieldChoice.getItems().setAll(model.correctableFields()));
    Button apply = new Button(session.text("plenary.correct"));
    apply.setId("correction-apply");
    apply.getStyleClass().add(Styles.ACCENT);
    apply.setOnAction(e -> model.correct());
    GridPane form = grid();
    form.addRow(0, label("plenary.field"), fieldChoice, label("plenary.newValue"), value);
    form.addRow(
        1,
        label("plenary.reason"),
        reason,
        label("plenary.evidence"),
        Choices.of(
            Arrays.asList(Evidence.values()),
            model.evidence(),
            ev -> session.text("evidence." + ev.id())));
    form.addRow(
        2, label("plenary.proposedBy"), proposer, label("plenary.approver"), new Label(approver()));
    form.add(apply, 1, 3);
    TableView<PlenaryRepository.CorrectionRow> table = new TableView<>(model.history());
    table.setId("correction-history");
    table.getColumns().add(Tables.text(session.text("plenary.at"), 170, r -> session.time(r.at())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.field"), 110, PlenaryRepository.CorrectionRow::field));
    table
        .getColumns()
        .add(
            Tables.count(
                session.text("plenary.oldValue"),
                c -> c.oldValue() == null ? null : (long) c.oldValue()));
    table
        .getColumns()
        .add(
            Tables.count(
                session.text("plenary.newValue"),
                c -> c.newValue() == null ? null : (long) c.newValue()));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.reason"), 200, PlenaryRepository.CorrectionRow::reason));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.evidence"),
                90,
                c -> session.text("evidence." + c.evidence().id())));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.proposedBy"),
                110,
                PlenaryRepository.CorrectionRow::proposedBy));
    table
        .getColumns()
        .add(
            Tables.text(
                session.text("plenary.approver"), 90, PlenaryRepository.CorrectionRow::approvedBy));
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    Tables.placeholder(table, session.text("plenary.noHistory"));
    Label historyTitle = label("plenary.history");
    historyTitle.getStyleClass().add(Styles.TITLE_4);
    VBox.setVgrow(table, Priority.ALWAYS);
    return pad(new VBox(10, form, historyTitle, table));
  }

  private String approver() {
    var u = session.user().get();
    return u == null ? "" : u.name();
  }

  private Node adoption() {
    return new AdoptionPane(model, session).build();
  }

  private static Node pad(VBox box) {
    box.setPadding(new Insets(12, 4, 4, 4));
    return box;
  }

  private static GridPane grid() {
    GridPane g = new GridPane(10, 8);
    return g;
  }

  private TextField field(String id, javafx.beans.property.StringProperty value) {
    TextField t = new TextField();
    t.setId(id);
    t.textProperty().bindBidirectional(value);
    t.setPrefColumnCount(18);
    return t;
  }

  private Label label(String key) {
    return new Label(session.text(key));
  }
}
