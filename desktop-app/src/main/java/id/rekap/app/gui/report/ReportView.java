package id.rekap.app.gui.report;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ContestChoice;
import id.rekap.app.gui.PassphraseDialog;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.forms.print.FormPrinter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Reports: choose the form, contest, paper and format; export; see the first page. */
public final class ReportView {
  private final BorderPane root = new BorderPane();

  public ReportView(ReportViewModel model, Session session) {
    GridPane form = new GridPane(10, 8);
    form.addRow(
        0,
        label(session, "report.form"),
        Choices.of(
            Arrays.asList(ReportViewModel.Form.values()),
            model.form(),
            f -> session.text("report.form." + f.name())));
    form.addRow(1, label(session, "common.contest"), ContestChoice.of(session, model.contest()));
    TextField region = new TextField();
    region.textProperty().bindBidirectional(model.region());
    region.setPromptText(session.text("report.regionPrompt"));
    form.addRow(2, label(session, "report.region"), region);
    TextField dapil = new TextField();
    dapil.textProperty().bindBidirectional(model.dapil());
    dapil.setPromptText(session.text("report.dapilPrompt"));
    form.addRow(3, label(session, "report.dapil"), dapil);
    var paper = Choices.of(Arrays.asList(Paper.values()), session.paper(), p -> p.name());
    paper.setId("report-paper");
    form.addRow(4, label(session, "report.paper"), paper);
    var format =
        Choices.of(Arrays.asList(ReportFile.Format.values()), model.format(), f -> f.name());
    format.setId("report-format");
    form.addRow(5, label(session, "report.format"), format);
    TextArea committee = new TextArea();
    committee.setPrefRowCount(4);
    committee.setPrefColumnCount(24);
    committee.setPromptText(session.text("report.committeePrompt"));
    committee.textProperty().bindBidirectional(model.committee());
    form.addRow(6, label(session, "report.committee"), committee);
    Label folder = new Label();
    folder
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.valueOf(model.folder().get()), model.folder()));
    folder.getStyleClass().add(Styles.TEXT_SMALL);
    Button chooseFolder = new Button(session.text("report.chooseFolder"));
    chooseFolder.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          File now = model.folder().get().toFile();
          if (now.isDirectory()) {
            chooser.setInitialDirectory(now);
          }
          File chosen = chooser.showDialog(root.getScene().getWindow());
          if (chosen != null) {
            model.folder().set(chosen.toPath());
          }
        });
    form.addRow(7, label(session, "report.folder"), new VBox(4, folder, chooseFolder));
    CheckBox sign = new CheckBox(session.text("report.sign"));
    sign.setId("report-sign");
    sign.selectedProperty().bindBidirectional(model.sign());
    sign.setTooltip(new javafx.scene.control.Tooltip(session.text("report.signTip")));
    form.add(sign, 1, 8);
    Button export = new Button(session.text("report.export"));
    export.setId("report-export");
    export.getStyleClass().add(Styles.ACCENT);
    export.setOnAction(
        e -> {
          if (model.sign().get()) {
            confirmDraft(model, session)
                .ifPresent(
                    draft -> askPassphrase(session).ifPresent(p -> model.exportSigned(p, draft)));
          } else {
            model.export();
          }
        });
    Button print = new Button(session.text("report.print"));
    print.setId("report-print");
    print.setTooltip(new javafx.scene.control.Tooltip(session.text("report.printTip")));
    print.setOnAction(
        e -> {
          if (model.sign().get()) {
            confirmDraft(model, session)
                .ifPresent(
                    draft ->
                        askPassphrase(session)
                            .ifPresent(p -> model.print(p, FormPrinter::print, draft)));
          } else {
            model.print(null, FormPrinter::print);
          }
        });
    form.add(new HBox(8, export, print), 1, 9);
    Label message = new Label();
    message.setId("report-message");
    message.textProperty().bind(model.message());
    message.setWrapText(true);
    message.setMaxWidth(420);
    VBox left = new VBox(12, form, message);
    left.setPrefWidth(460);
    ImageView page = new ImageView();
    page.setId("report-preview");
    page.setPreserveRatio(true);
    page.setFitWidth(760);
    model
        .preview()
        .addListener(
            (o, a, b) -> page.setImage(b == null ? null : new Image(new ByteArrayInputStream(b))));
    Label previewTitle = label(session, "report.preview");
    previewTitle.getStyleClass().add(Styles.TITLE_4);
    ScrollPane scroll = new ScrollPane(page);
    scroll.getStyleClass().add("preview");
    VBox right = new VBox(6, previewTitle, scroll);
    root.setTop(ScreenHeader.of(session.text("nav.reports"), session.text("report.subtitle")));
    HBox body = new HBox(16, left, right);
    root.setCenter(body);
    BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
    root.setPadding(new Insets(16));
    id.rekap.app.gui.Layouts.fullLabels(root);
  }

  /**
   * Before signing: a DRAFT form (not adopted, or its adoption lifted) is signed only after the
   * user confirms it, naming why it is a DRAFT (issue 13). Empty when the user declined; else
   * whether a DRAFT was confirmed.
   */
  private java.util.Optional<Boolean> confirmDraft(ReportViewModel model, Session session) {
    var reason = model.draftReason();
    if (reason.isEmpty()) {
      return java.util.Optional.of(false);
    }
    var alert =
        new javafx.scene.control.Alert(
            javafx.scene.control.Alert.AlertType.CONFIRMATION,
            session.text("report.draftConfirm", reason.get()),
            javafx.scene.control.ButtonType.OK,
            javafx.scene.control.ButtonType.CANCEL);
    alert.initOwner(root.getScene().getWindow());
    alert.setHeaderText(session.text("report.draftTitle"));
    alert.getDialogPane().setId("draft-confirm");
    alert
        .getDialogPane()
        .lookupButton(javafx.scene.control.ButtonType.OK)
        .setId("draft-confirm-ok");
    return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).map(b -> true);
  }

  private java.util.Optional<char[]> askPassphrase(Session session) {
    return PassphraseDialog.ask(
            root.getScene().getWindow(),
            session.text("report.sign"),
            session.text("keys.passphrase"))
        .map(java.util.List::getFirst);
  }

  private static Label label(Session session, String key) {
    return new Label(session.text(key));
  }

  public Node root() {
    return root;
  }
}
