package id.rekap.app.gui.start;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.AppWindow;
import id.rekap.app.gui.FxJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's store page by keyboard at 1024×768 (issue 20 §2): a KPU Provinsi found by typing,
 * Enter to the store page, where the file on this PC is chosen and the server's fields are off; the
 * arrow key chooses the server, Tab walks its fields, the password is typed into a password field;
 * Enter goes on only once the store is complete. Every field of the page lies inside the window, at
 * 1024×768 and at 1366×768 (pictures in target/screens).
 */
@ExtendWith(ApplicationExtension.class)
class WizardStoreTest {
  @TempDir static Path tmp;
  private Stage stage;
  private AppWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window =
        new AppWindow(
            stage,
            new FxJobs(),
            Clock.systemUTC(),
            Locale.of("id", "ID"),
            new Recents(tmp.resolve("recent")),
            tmp,
            "test");
    window.showStart();
    stage.setMaximized(false);
    stage.setWidth(1024);
    stage.setHeight(768);
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(window::close);
  }

  @Test
  void theServerIsChosenAndTypedByKeyboardAndThePageFits(FxRobot robot) throws Exception {
    robot.clickOn("#start-create");
    waitUntil(() -> stage.getScene().lookup("#wizard-level") != null);
    robot.clickOn("#wizard-level").clickOn("KPU Provinsi");
    robot.clickOn("#wizard-region-query").write("31");
    waitUntil(() -> text("#wizard-region").startsWith("31 · DKI JAKARTA"));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#wizard-step").endsWith("Tempat penyimpanan data"));
    RadioButton file = lookup("#wizard-store-file");
    assertThat(file.isSelected()).isTrue();
    assertThat(lookup("#wizard-db-host").isDisabled()).isTrue();
    fits("wizard-store-1024");

    robot.interact(file::requestFocus);
    robot.type(KeyCode.DOWN);
    waitUntil(() -> ((RadioButton) lookup("#wizard-store-server")).isSelected());
    assertThat(lookup("#wizard-db-host").isDisabled()).isFalse();
    robot.type(KeyCode.TAB);
    assertThat(focusedId()).isEqualTo("wizard-db-host");
    robot.interact(() -> ((TextField) stage.getScene().lookup("#wizard-db-host")).selectAll());
    robot.write("192.168.1.10").type(KeyCode.TAB);
    assertThat(focusedId()).isEqualTo("wizard-db-port");
    robot.type(KeyCode.TAB);
    assertThat(focusedId()).isEqualTo("wizard-db-name");
    robot.interact(() -> ((TextField) stage.getScene().lookup("#wizard-db-name")).selectAll());
    robot.write("rekap_31").type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
    assertThat(focusedId()).isEqualTo("wizard-db-password");
    assertThat((Object) lookup("#wizard-db-password")).isInstanceOf(PasswordField.class);
    // Enter with the password still empty: asked for, and the page stays
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#wizard-message").contains("kata sandi"));
    assertThat(text("#wizard-step")).endsWith("Tempat penyimpanan data");
    robot.write("sandi-server-uji");
    fits("wizard-store-server-1024");
    robot.interact(
        () -> {
          stage.setWidth(1366);
          stage.setHeight(768);
        });
    fits("wizard-store-server-1366");
    robot.interact(((TextField) lookup("#wizard-db-password"))::requestFocus);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#wizard-step").endsWith("Definisi pemilu"));
    assertThat(text("#wizard-message")).isEmpty();
  }

  /** Every field, button and choice of the page lies inside the window; a picture of it. */
  private void fits(String picture) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    Scene scene = stage.getScene();
    for (String id :
        new String[] {
          "#wizard-store-file",
          "#wizard-store-server",
          "#wizard-db-host",
          "#wizard-db-port",
          "#wizard-db-name",
          "#wizard-db-schema",
          "#wizard-db-user",
          "#wizard-db-password",
          "#wizard-next",
          "#wizard-back",
          "#wizard-cancel"
        }) {
      Bounds b = onFx(() -> scene.lookup(id).localToScene(scene.lookup(id).getBoundsInLocal()));
      assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(0);
      assertThat(b.getMinY()).as(id).isGreaterThanOrEqualTo(0);
      assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(scene.getWidth());
      assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(scene.getHeight());
    }
    WritableImage image = onFx(() -> scene.snapshot(null));
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = Path.of("target", "screens", picture + ".png");
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(out, "png", file.toFile());
  }

  @SuppressWarnings("unchecked")
  private <T extends Node> T lookup(String query) {
    return onFx(() -> (T) stage.getScene().lookup(query));
  }

  private String focusedId() {
    return onFx(
        () -> {
          Node focused = stage.getScene().getFocusOwner();
          return focused == null || focused.getId() == null ? "" : focused.getId();
        });
  }

  private String text(String query) {
    return onFx(
        () -> {
          Node n = stage.getScene().lookup(query);
          return n instanceof Label l && l.getText() != null ? l.getText() : "";
        });
  }
}
