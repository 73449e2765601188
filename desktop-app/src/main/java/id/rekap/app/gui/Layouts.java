package id.rekap.app.gui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
}
