package id.rekap.app.gui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's answers to {@link Asker}: modal dialogs in the window's language, answered by
 * keyboard (Enter presses the default button, Esc the cancelling one, Alt+letter the underlined
 * one). Buttons are made here rather than JavaFX's own OK/Cancel, whose words are fixed when the
 * app starts.
 */
public final class FxAsker implements Asker {
  private final Window owner;
  private final Session session;

  public FxAsker(Window owner, Session session) {
    this.owner = owner;
    this.session = session;
  }

  @Override
  public Unsaved unsaved(String what) {
    ButtonType save = new ButtonType(session.text("unsaved.save"), ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType(session.text("unsaved.discard"), ButtonBar.ButtonData.NO);
    ButtonType stay =
        new ButtonType(session.text("unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Dialog<ButtonType> dialog = dialog(session.text("unsaved.title"), what, List.of());
    dialog.getDialogPane().getButtonTypes().setAll(save, discard, stay);
    button(dialog, save, "unsaved-save").setDefaultButton(true);
    button(dialog, discard, "unsaved-discard");
    button(dialog, stay, "unsaved-stay").setCancelButton(true);
    Optional<ButtonType> answer = dialog.showAndWait();
    if (answer.isEmpty() || answer.get() == stay) {
      return Unsaved.STAY;
    }
    return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
  }

  @Override
  public boolean confirm(String question, List<String> doubts, String yes) {
    ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.YES);
    ButtonType back =
        new ButtonType(session.text("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Dialog<ButtonType> dialog = dialog(session.text("confirm.title"), question, doubts);
    dialog.getDialogPane().getButtonTypes().setAll(go, back);
    Button goButton = button(dialog, go, "confirm-yes");
    goButton.setDefaultButton(true);
    goButton.getStyleClass().add(Styles.ACCENT);
    button(dialog, back, "confirm-no").setCancelButton(true);
    return dialog.showAndWait().filter(go::equals).isPresent();
  }

  private Dialog<ButtonType> dialog(String title, String header, List<String> lines) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    if (!lines.isEmpty()) {
      VBox list = new VBox(2);
      list.setId("confirm-doubts");
      for (String l : lines) {
        Label label = new Label(l);
        label.setWrapText(true);
        list.getChildren().add(label);
      }
      ScrollPane scroll = new ScrollPane(list);
      scroll.setFitToWidth(true);
      scroll.setPrefViewportHeight(Math.min(320, 22.0 * lines.size()));
      scroll.setPrefViewportWidth(520);
      scroll.setFocusTraversable(false);
      dialog.getDialogPane().setContent(scroll);
    }
    return dialog;
  }

  private static Button button(Dialog<ButtonType> dialog, ButtonType type, String id) {
    Button b = (Button) dialog.getDialogPane().lookupButton(type);
    b.setId(id);
    b.setMnemonicParsing(true);
    return b;
  }
}
