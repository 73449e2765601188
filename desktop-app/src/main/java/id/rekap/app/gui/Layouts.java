package id.rekap.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Layout fixes shared by the screens. */
public final class Layouts {
  private Layouts() {}

  /**
   * Keeps every short label and button of a form at its full width: a grid or row otherwise shrinks
   * them to "…" before it shrinks the text fields beside them. Wrapped texts (hints) are left to
   * wrap.
   */
  public static <T extends Node> T fullLabels(T root) {
    if (root instanceof Labeled l
        && (l instanceof Button || l instanceof Label)
        && !l.isWrapText()) {
      l.setMinWidth(Region.USE_PREF_SIZE);
    }
    if (root instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
      fullLabels(sp.getContent());
    }
    if (root instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        fullLabels(child);
      }
    }
    return root;
  }

  /**
   * The body of a two-column screen (forms on the left, a table that takes the rest of the width on
   * the right) placed in the screen's root, with the screen's padding.
   */
  public static void twoColumns(BorderPane root, Region left, Node right, double leftWidth) {
    left.setPrefWidth(leftWidth);
    left.setMinWidth(leftWidth - 80);
    HBox.setHgrow(right, Priority.ALWAYS);
    HBox body = new HBox(18, left, right);
    BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
    root.setCenter(body);
    root.setPadding(new Insets(16));
    fullLabels(root);
  }
}
