package id.rekap.app.gui.entry;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Choices;
import id.rekap.app.gui.ScreenHeader;
import id.rekap.app.gui.Session;
import id.rekap.core.election.Contest;
import id.rekap.core.result.Source;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The C.Hasil entry screen: the work queue on the left (folded away on a narrow screen), the form
 * in the middle, and on the right what may be done with it, what is stored for the TPS and the
 * rules' findings. Ctrl+S saves, Ctrl+N opens the next TPS of the user's queue, Ctrl+J jumps to a
 * party, Ctrl+L shows or hides the queue; Ctrl+U changes and Ctrl+T withdraws the user's own first
 * entry; the verifier takes every differing value of the first or second keying with Alt+1, Alt+2.
 */
public final class EntryView {
  /** Below this width the queue folds away so the form keeps its room (1024×768 projectors). */
  private static final double NARROW = 1100;

  private final EntryViewModel model;
  private final Session session;
  private final BorderPane root = new BorderPane();
  private final EntryFormView form;
  private final EntryQueueView queue;
  private final ToggleButton showQueue = new ToggleButton();
  private final TextField partyJump = new TextField();
  private Button save;
  private Button settle;
  private Button next;

  public EntryView(EntryViewModel model, Session session) {
    this.model = model;
    this.session = session;
    this.form = new EntryFormView(model, session);
    this.queue = new EntryQueueView(model, session);
    root.setTop(header());
    root.setCenter(form.root());
    root.setRight(side());
    root.setPadding(new Insets(12));
    root.setId("entry");
    BorderPane.setMargin(queue.root(), new Insets(0, 10, 0, 0));
    showQueue.selectedProperty().addListener((o, a, b) -> root.setLeft(b ? queue.root() : null));
    root.widthProperty()
        .addListener(
            (o, a, b) -> {
              boolean wide = b.doubleValue() >= NARROW;
              boolean wasWide = a.doubleValue() >= NARROW;
              if (a.doubleValue() == 0 || wide != wasWide) {
                showQueue.setSelected(wide);
              }
            });
    showQueue.setSelected(true);
    // Enter after the last box goes to what saves this form: "save", or the verifier's "settle"
    form.afterLast(
        () -> {
          if (save.isVisible() && !save.isDisabled()) {
            save.requestFocus();
          } else if (settle.isVisible() && !settle.isDisabled()) {
            settle.requestFocus();
          }
        });
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
  }

  public Node root() {
    return root;
  }

  private void keys(KeyEvent e) {
    if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
      saveThenOfferNext();
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
      model.next();
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN).match(e)) {
      partyJump.requestFocus();
      partyJump.selectAll();
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
      showQueue.setSelected(!showQueue.isSelected());
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN).match(e)) {
      model.change(); // the user's own first entry becomes editable
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN).match(e)) {
      model.withdraw(); // asks first
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN).match(e)) {
      model.chooseAll(1); // the verifier takes the first keying's values
      e.consume();
    } else if (new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN).match(e)) {
      model.chooseAll(2);
      e.consume();
    }
  }

  /** Saves; once saved, the "next TPS" button takes the cursor, so Enter opens it. */
  private void saveThenOfferNext() {
    model.save();
  }

  private Node header() {
    ComboBox<Contest> contest = new ComboBox<>();
    contest.setId("contest");
    contest.getItems().setAll(session.contests());
    contest.setConverter(Choices.labels(c -> c.name()));
    contest.setValue(model.contest().get());
    contest.setMaxWidth(260);
    contest.setPrefWidth(230);
    model.contest().addListener((o, a, b) -> contest.setValue(b));
    contest.setOnAction(
        e -> {
          Contest wanted = contest.getValue();
          if (wanted != null && wanted != model.contest().get()) {
            model.leave(() -> model.contest().set(wanted));
            contest.setValue(model.contest().get());
            contest.setMaxWidth(260);
            contest.setPrefWidth(230);
          }
        });
    ChoiceBox<Source> source = new ChoiceBox<>();
    source.setId("entry-source");
    source.getItems().setAll(Source.CHASIL, Source.SALINAN);
    source.setConverter(Choices.labels(s -> session.text("source." + s.id())));
    source.setValue(model.source().get());
    model.source().addListener((o, a, b) -> source.setValue(b));
    source.setOnAction(
        e -> {
          Source wanted = source.getValue();
          if (wanted != null && wanted != model.source().get()) {
            model.leave(() -> model.source().set(wanted));
            source.setValue(model.source().get());
          }
        });
    TextField tps = new TextField();
    tps.setId("entry-tps");
    tps.setPromptText(session.text("entry.tpsPrompt"));
    tps.setPrefColumnCount(10);
    tps.textProperty().bindBidirectional(model.tps());
    tps.setOnAction(e -> model.openTyped());
    tps.setTooltip(new Tooltip(session.text("entry.tpsTip")));
    partyJump.setId("entry-party-jump");
    partyJump.setPromptText(session.text("entry.partyJump"));
    partyJump.setTooltip(new Tooltip(session.text("entry.partyJumpTip")));
    partyJump.setPrefColumnCount(6);
    partyJump.setTextFormatter(
        new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
    partyJump.setOnAction(
        e -> {
          if (!partyJump.getText().isBlank()
              && form.jumpToParty(Integer.parseInt(partyJump.getText()))) {
            partyJump.clear();
          }
        });
    BooleanBinding partyList =
        Bindings.createBooleanBinding(
            () -> model.fields().stream().anyMatch(f -> f.party() > 0), model.fields());
    partyJump.visibleProperty().bind(partyList);
    partyJump.managedProperty().bind(partyList);
    showQueue.setText(session.text("queue.short"));
    showQueue.setId("entry-show-queue");
    showQueue.setTooltip(new Tooltip(session.text("queue.title") + " (Ctrl+L)"));
    VBox box =
        new VBox(
            4,
            ScreenHeader.of(
                session.text("nav.entry"),
                session.text("entry.subtitle"),
                showQueue,
                contest,
                source,
                tps,
                partyJump));
    Label heading = new Label();
    heading.setId("entry-heading");
    heading.textProperty().bind(model.heading());
    heading.getStyleClass().add(Styles.TITLE_4);
    Label state = new Label();
    state.setId("entry-state");
    state.textProperty().bind(model.stateLine());
    state.setWrapText(true);
    state.getStyleClass().add("entry-state");
    box.getChildren().addAll(heading, state);
    BorderPane.setMargin(box, new Insets(0, 0, 8, 0));
    return box;
  }

  private Node side() {
    save = new Button(session.text("entry.save"));
    save.setId("entry-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setMaxWidth(Double.MAX_VALUE);
    save.setOnAction(e -> saveThenOfferNext());
    onEnter(save);
    save.setTooltip(new Tooltip(session.text("entry.saveTip")));
    BooleanBinding keying =
        Bindings.createBooleanBinding(
            () ->
                switch (model.mode().get()) {
                  case KEY_FIRST, KEY_SECOND, REPLACE -> true;
                  default -> false;
                },
            model.mode());
    show(save, keying);
    settle = new Button(session.text("entry.resolve"));
    settle.setId("entry-resolve");
    settle.getStyleClass().add(Styles.SUCCESS);
    settle.setMaxWidth(Double.MAX_VALUE);
    settle.setOnAction(e -> model.save());
    settle.setTooltip(new Tooltip(session.text("entry.resolveTip")));
    onEnter(settle);
    Button first = new Button(session.text("entry.useFirst"));
    first.setId("entry-use-first");
    first.setOnAction(e -> model.chooseAll(1));
    first.setTooltip(new Tooltip(session.text("entry.useFirstTip")));
    Button second = new Button(session.text("entry.useSecond"));
    second.setId("entry-use-second");
    second.setOnAction(e -> model.chooseAll(2));
    second.setTooltip(new Tooltip(session.text("entry.useSecondTip")));
    HBox choose = new HBox(6, first, second);
    VBox settleBox = new VBox(6, settle, choose);
    settleBox.setId("entry-resolve-pane");
    settleBox.getStyleClass().add("resolve-pane");
    settleBox.setPadding(new Insets(8));
    show(settleBox, model.mode().isEqualTo(EntryViewModel.Mode.SETTLE));
    Label waiting = new Label(session.text("entry.verifierOnly"));
    waiting.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    waiting.setWrapText(true);
    show(waiting, model.mode().isEqualTo(EntryViewModel.Mode.MISMATCH_WAIT));
    Button change = new Button(session.text("entry.change"));
    change.setId("entry-change");
    change.setTooltip(new Tooltip(session.text("entry.changeTip")));
    change.setOnAction(e -> model.change());
    Button withdraw = new Button(session.text("entry.withdraw"));
    withdraw.setId("entry-withdraw");
    withdraw.getStyleClass().add(Styles.DANGER);
    withdraw.setTooltip(new Tooltip(session.text("entry.withdrawTip")));
    withdraw.setOnAction(e -> model.withdraw());
    HBox own = new HBox(6, change, withdraw);
    show(own, model.mode().isEqualTo(EntryViewModel.Mode.OWN_FIRST));
    next = new Button(session.text("entry.next"));
    next.setId("entry-next");
    next.setMaxWidth(Double.MAX_VALUE);
    next.setTooltip(new Tooltip(session.text("entry.nextTip")));
    next.setOnAction(e -> model.next());
    onEnter(next);
    model
        .mode()
        .addListener(
            (o, a, b) -> {
              // after a save the form is read-only: the cursor waits on "next", Enter opens it
              boolean saved =
                  (a == EntryViewModel.Mode.KEY_FIRST
                          || a == EntryViewModel.Mode.KEY_SECOND
                          || a == EntryViewModel.Mode.REPLACE
                          || a == EntryViewModel.Mode.SETTLE)
                      && (b == EntryViewModel.Mode.OWN_FIRST
                          || b == EntryViewModel.Mode.STORED
                          || b == EntryViewModel.Mode.MISMATCH_WAIT
                          || b == EntryViewModel.Mode.KEY_FIRST);
              if (saved || b == EntryViewModel.Mode.STORED || b == EntryViewModel.Mode.NONE) {
                javafx.application.Platform.runLater(next::requestFocus);
              }
            });
    Label message = new Label();
    message.setId("entry-message");
    message.textProperty().bind(model.message());
    message.setWrapText(true);
    Label storedTitle = new Label(session.text("entry.stored"));
    storedTitle.getStyleClass().add(Styles.TEXT_BOLD);
    storedTitle.setWrapText(true);
    VBox stored = new VBox(2);
    stored.setId("entry-stored");
    model
        .stored()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c ->
                    stored
                        .getChildren()
                        .setAll(model.stored().stream().map(EntryView::smallLine).toList()));
    Label findingsTitle = new Label();
    findingsTitle.textProperty().bind(model.findingsTitle());
    findingsTitle.getStyleClass().add(Styles.TEXT_BOLD);
    findingsTitle.setWrapText(true);
    VBox findingLines = new VBox(4);
    findingLines.setId("entry-findings");
    Runnable showFindings =
        () ->
            findingLines
                .getChildren()
                .setAll(
                    model.findings().isEmpty()
                        ? List.of(smallLine(session.text("entry.noFindings")))
                        : model.findings().stream().map(EntryView::smallLine).toList());
    model
        .findings()
        .addListener((javafx.collections.ListChangeListener<String>) c -> showFindings.run());
    showFindings.run();
    ScrollPane findings = new ScrollPane(findingLines);
    findings.setFitToWidth(true);
    findings.setFocusTraversable(false);
    findings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(findings, Priority.ALWAYS);
    VBox box =
        new VBox(
            8,
            save,
            settleBox,
            waiting,
            own,
            next,
            message,
            storedTitle,
            stored,
            findingsTitle,
            findings);
    box.setMinWidth(200);
    box.setPrefWidth(250);
    box.setMaxWidth(280);
    BorderPane.setMargin(box, new Insets(0, 0, 0, 10));
    return box;
  }

  private static Label smallLine(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add(Styles.TEXT_SMALL);
    return l;
  }

  private static void show(Node n, javafx.beans.value.ObservableBooleanValue when) {
    n.visibleProperty().bind(when);
    n.managedProperty().bind(n.visibleProperty());
  }

  /** Enter presses a button too (JavaFX presses it on Space only), as a clerk expects. */
  private static void onEnter(Button b) {
    b.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            b.fire();
            e.consume();
          }
        });
  }

  /** The id of a field's box: the label with dots as underscores ({@code field-choices_2}). */
  public static String id(String label) {
    return label.replace('.', '_');
  }
}
