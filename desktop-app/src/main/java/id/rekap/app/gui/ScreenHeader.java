package id.rekap.app.gui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The title line of a screen: its name, a one-line explanation, and its controls on the right. */
public final class ScreenHeader {
  private ScreenHeader() {}

  public static Node of(String title, String subtitle, Node... controls) {
    Label t = new Label(title);
    t.getStyleClass().add(Styles.TITLE_3);
    Label s = new Label(subtitle);
    s.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox box = new VBox(2, t, s);
    if (controls.length > 0) {
      // the controls get a row of their own, so neither they nor the title are cut short
      HBox row = new HBox(8, controls);
      row.setAlignment(Pos.CENTER_LEFT);
      for (Node c : controls) {
        if (c instanceof Label l) {
          l.setMinWidth(Region.USE_PREF_SIZE);
        }
      }
      VBox.setMargin(row, new javafx.geometry.Insets(8, 0, 0, 0));
      box.getChildren().add(row);
    }
    return box;
  }
}
