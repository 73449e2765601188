package id.rekap.app.gui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window takes the screen it is on, never more: on a 1024×768 projector or a 1366×768
 * laptop its edges stay on the screen, also where no window manager maximizes it.
 */
public final class WindowFit {
  private WindowFit() {}

  /** The usable area of the screen the stage is on (the primary screen before it is shown). */
  public static Rectangle2D area(Stage stage) {
    var screens =
        Double.isNaN(stage.getX())
            ? java.util.List.<Screen>of()
            : Screen.getScreensForRectangle(
                stage.getX(),
                stage.getY(),
                Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
    return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
  }

  /** Sizes the stage to the whole usable area of its screen, then maximizes it. */
  public static void fill(Stage stage) {
    Rectangle2D area = area(stage);
    stage.setX(area.getMinX());
    stage.setY(area.getMinY());
    stage.setWidth(area.getWidth());
    stage.setHeight(area.getHeight());
    stage.setMaximized(true);
  }

  /** A scene size for a new scene: the screen's, at most the given one. */
  public static double width(Stage stage, double wanted) {
    return Math.min(wanted, area(stage).getWidth());
  }

  public static double height(Stage stage, double wanted) {
    return Math.min(wanted, area(stage).getHeight());
  }
}
