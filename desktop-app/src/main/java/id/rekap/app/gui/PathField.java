package id.rekap.app.gui;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * A file or folder as a text field with a "choose" button beside it: the chooser for the mouse, the
 * field for the keyboard (typing or pasting a path works as well, and is what the GUI tests drive,
 * since native dialogs cannot be).
 */
public final class PathField {
  /** What the button opens. */
  public enum Kind {
    OPEN_FILE,
    SAVE_FILE,
    FOLDER
  }

  private PathField() {}

  public static HBox of(
      String id, ObjectProperty<Path> value, Kind kind, String chooseText, String prompt) {
    TextField field = new TextField(value.get() == null ? "" : value.get().toString());
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(34);
    value.addListener(
        (o, a, b) -> {
          String shown = b == null ? "" : b.toString();
          if (!shown.equals(field.getText())) {
            field.setText(shown);
          }
        });
    field
        .textProperty()
        .addListener(
            (o, a, b) -> {
              Path typed = b == null || b.isBlank() ? null : parse(b.strip());
              if (typed == null ? value.get() != null : !typed.equals(value.get())) {
                value.set(typed);
              }
            });
    Button choose = new Button(chooseText);
    choose.setId(id + "-choose");
    choose.setOnAction(
        e -> {
          File initial = value.get() == null ? null : value.get().toFile();
          File chosen =
              switch (kind) {
                case FOLDER -> {
                  DirectoryChooser c = new DirectoryChooser();
                  if (initial != null && initial.isDirectory()) {
                    c.setInitialDirectory(initial);
                  }
                  yield c.showDialog(field.getScene().getWindow());
                }
                case OPEN_FILE, SAVE_FILE -> {
                  FileChooser c = new FileChooser();
                  if (initial != null && initial.getParentFile() != null) {
                    if (initial.getParentFile().isDirectory()) {
                      c.setInitialDirectory(initial.getParentFile());
                    }
                    c.setInitialFileName(initial.getName());
                  }
                  yield kind == Kind.OPEN_FILE
                      ? c.showOpenDialog(field.getScene().getWindow())
                      : c.showSaveDialog(field.getScene().getWindow());
                }
              };
          if (chosen != null) {
            value.set(chosen.toPath());
          }
        });
    HBox box = new HBox(6, field, choose);
    box.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(field, Priority.ALWAYS);
    return box;
  }

  private static Path parse(String text) {
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
