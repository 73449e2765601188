package id.rekap.app.gui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    VBox text = new VBox(2, t, s);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox box = new HBox(10, text, grow);
    box.getChildren().addAll(controls);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
