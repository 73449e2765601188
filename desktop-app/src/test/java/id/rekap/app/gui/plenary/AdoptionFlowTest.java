package id.rekap.app.gui.plenary;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.AppWindow;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.FxJobs;
import id.rekap.app.gui.Screen;
import id.rekap.app.gui.start.Recents;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, acceptance 3, at 1024×768 and at 1366×768: the chair opens the plenary's adoption tab,
 * types a desa, sees what one decision includes and what is held (the TPS without a result listed
 * with why), adopts it by keyboard (Enter in the decision's words, Enter at the confirmation that
 * names the held TPS), then re-opens one TPS with a reason by keyboard; both decisions are in the
 * history. The controls lie inside the window at both sizes. A picture of the tab is written to
 * {@code target/screens/} (the docs' screenshot is taken from it).
 */
@ExtendWith(ApplicationExtension.class)
class AdoptionFlowTest {
  static final String DESA = "3101011001";
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
            Demo.CLOCK,
            java.util.Locale.of("id", "ID"),
            new Recents(tmp.resolve("recent-" + System.nanoTime())),
            tmp,
            "test");
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(window::close);
  }

  @Test
  void aDesaAdoptedInOneDecisionAndReOpenedAt1024x768(FxRobot robot) throws IOException {
    adoptAndReopen(robot, 1024, 768);
  }

  @Test
  void aDesaAdoptedInOneDecisionAndReOpenedAt1366x768(FxRobot robot) throws IOException {
    adoptAndReopen(robot, 1366, 768);
  }

  private void adoptAndReopen(FxRobot robot, int width, int height) throws IOException {
    Workspace ws = Demo.create(tmp.resolve("ws-" + System.nanoTime()));
    robot.interact(
        () -> {
          window.open(ws, "ketua", Screen.PLENARY, id.rekap.core.demo.DemoData.PASSWORD, null);
          stage.setMaximized(false);
          stage.setWidth(width);
          stage.setHeight(height);
        });
    waitUntil(() -> robot.lookup("#plenary-place").tryQuery().isPresent());
    robot.clickOn("Penetapan");
    robot.clickOn("#plenary-place").write(DESA);
    TableView<PlanItem> plan = robot.lookup("#adoption-plan").queryTableView();
    waitUntil(() -> text(robot, "#adoption-summary").startsWith("PULAU PANGGANG (31.01.01.1001)"));
    waitUntil(() -> !plan.getItems().isEmpty());
    assertThat(text(robot, "#adoption-summary")).contains("sebagian siap", "4 tertahan");
    List<String> cells = cells(plan);
    assertThat(cells).contains("TPS 31.01.01.1001.004", "Tertahan", "belum ada hasil");
    assertThat(plan.getItems().getFirst().status()).isEqualTo(PlanItem.Status.BLOCKED);
    assertInsideTheWindow(
        "#adoption-queue",
        "#adoption-plan",
        "#adoption-summary",
        "#adoption-note",
        "#adoption-adopt",
        "#adoption-words",
        "#adoption-rule",
        "#adoption-reopen",
        "#adoption-views");
    picture(stage.getScene(), "adoption-" + width);

    // one decision by keyboard: the words, Enter; the confirmation names the held TPS; Enter
    robot.clickOn("#adoption-note").write("Pleno KPU Kab. 20 Februari");
    robot.type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
    assertThat(labels(robot, "#confirm-doubts"))
        .contains("  TPS 31.01.01.1001.004: belum ada hasil")
        .anyMatch(l -> l.startsWith("14 TPS"));
    if (width == 1024) {
      picture(dialog(), "adoption-confirm-" + width);
    }
    robot.type(KeyCode.ENTER);
    waitForMessage(robot, "PULAU PANGGANG (31.01.01.1001) ditetapkan sebagian");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, "3101011001002")).isTrue();
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, Demo.MISSING_TPS)).isFalse();
    robot.clickOn("Riwayat penetapan");
    TableView<Decision> history = robot.lookup("#adoption-table").queryTableView();
    waitUntil(() -> cells(history).contains("Penetapan"));
    assertThat(cells(history)).contains("ketua");

    // re-open one TPS by keyboard: its row chosen, the reason, Tab to the button, Enter
    robot.clickOn("#plenary-place");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("3101011001002");
    waitUntil(() -> text(robot, "#adoption-summary").contains("sudah ditetapkan"));
    waitUntil(() -> text(robot, "#adoption-target").equals("TPS 31.01.01.1001.002"));
    robot.clickOn("#adoption-words").write("Saksi 02 menunjukkan salinan berbeda");
    robot.type(KeyCode.TAB); // the ruling's button
    robot.type(KeyCode.TAB); // re-open (the package's button shows only in a conflict)
    assertThat(onFx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("adoption-reopen");
    robot.type(KeyCode.ENTER);
    waitForMessage(robot, "Dibuka kembali");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, "3101011001002")).isFalse();
    waitUntil(() -> cells(history).contains("Dibuka kembali"));
    assertThat(cells(history)).contains("Alasan: Saksi 02 menunjukkan salinan berbeda");
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  private void assertInsideTheWindow(String... ids) {
    onFx(
        () -> {
          double w = stage.getScene().getWidth();
          double h = stage.getScene().getHeight();
          for (String id : ids) {
            Node n = stage.getScene().lookup(id);
            assertThat(n).as(id).isNotNull();
            assertThat(n.isVisible()).as(id + " visible").isTrue();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            String what = id + " at " + b + " in " + w + "x" + h;
            assertThat(b.getMinX()).as(what).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(what).isLessThanOrEqualTo(w + 0.5);
            assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(h + 0.5);
            assertThat(b.getHeight()).as(what + " has room").isGreaterThan(10);
            if (n instanceof javafx.scene.control.Button l) {
              // a button's words are whole, never cut to "…"
              assertThat(l.getWidth()).as(what).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
            }
          }
          return true;
        });
  }

  private void waitForMessage(FxRobot robot, String start) {
    try {
      WaitForAsyncUtils.waitFor(
          60, TimeUnit.SECONDS, () -> text(robot, "#plenary-message").startsWith(start));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "the message is \"" + text(robot, "#plenary-message") + "\", not " + start, e);
    }
  }

  /** The confirmation dialog's scene. */
  private static javafx.scene.Scene dialog() {
    return onFx(
        () ->
            Window.getWindows().stream()
                .map(Window::getScene)
                .filter(s -> s != null && s.lookup("#confirm-yes") != null)
                .findFirst()
                .orElseThrow());
  }

  /** A scene as drawn, as a PNG under target/screens. */
  private static void picture(javafx.scene.Scene scene, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
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
    Path file = Path.of("target", "screens", name + ".png");
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(out, "png", file.toFile());
  }

  private static List<String> cells(TableView<?> table) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof Labeled l && l.getText() != null) {
              out.add(l.getText());
            }
          }
          return out;
        });
  }

  private static List<String> labels(FxRobot robot, String query) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().lookup(query) instanceof Node box) {
              for (Node n : box.lookupAll(".label")) {
                if (n instanceof Label l) {
                  out.add(l.getText());
                }
              }
            }
          }
          return out;
        });
  }

  private static String text(FxRobot robot, String query) {
    return onFx(
        () ->
            robot
                .lookup(query)
                .tryQuery()
                .map(n -> n instanceof Labeled l ? l.getText() : "")
                .orElse(""));
  }
}
