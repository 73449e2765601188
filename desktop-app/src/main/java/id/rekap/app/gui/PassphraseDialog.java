package id.rekap.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for one or more passphrases (the key's, a new one twice, an imported file's) in a modal
 * dialog. The fields are {@code #passphrase-0}, {@code #passphrase-1} …; the answer comes back as
 * character arrays the caller wipes after use, never as strings kept in a property.
 */
public final class PassphraseDialog {
  private PassphraseDialog() {}

  public static Optional<List<char[]>> ask(Window owner, String title, String... labels) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    GridPane grid = new GridPane(10, 8);
    List<PasswordField> fields = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      PasswordField f = new PasswordField();
      f.setId("passphrase-" + i);
      f.setPrefColumnCount(24);
      fields.add(f);
      grid.addRow(i, new Label(labels[i]), f);
    }
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ButtonType.OK).setId("passphrase-ok");
    dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("passphrase-cancel");
    dialog.setOnShown(e -> fields.getFirst().requestFocus());
    Optional<ButtonType> answer = dialog.showAndWait();
    List<char[]> out = new ArrayList<>();
    for (PasswordField f : fields) {
      out.add(f.getText().toCharArray());
      f.clear();
    }
    if (answer.isEmpty() || answer.get() != ButtonType.OK) {
      out.forEach(c -> java.util.Arrays.fill(c, '\0'));
      return Optional.empty();
    }
    return Optional.of(out);
  }
}
