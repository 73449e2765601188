package id.rekap.app.gui.recap;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.AppWindow;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.FxJobs;
import id.rekap.app.gui.PartyListWorkspace;
import id.rekap.app.gui.Screen;
import id.rekap.app.gui.start.Recents;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, acceptance 5: the projector at 1024×768 shows every candidate column and the total row
 * whole (inside the window, no text cut to "…"), pages by keyboard through the places, marks rows
 * with findings and says the rule in words; a party-list ballot shows a row per party and, on
 * request, one party's caleg.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorTest {
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
            Locale.of("id", "ID"),
            new Recents(tmp.resolve("recent-" + System.nanoTime())),
            tmp,
            "test");
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(window::close);
  }

  private Stage openProjector(FxRobot robot, Workspace ws, boolean lastContest) {
    robot.interact(
        () -> {
          window.open(ws, "ketua", Screen.RECAP, id.rekap.core.demo.DemoData.PASSWORD, null);
          if (lastContest) {
            @SuppressWarnings("unchecked")
            var box =
                (javafx.scene.control.ComboBox<id.rekap.core.election.Contest>)
                    stage.getScene().lookup("#contest");
            box.setValue(box.getItems().getLast());
          }
          window.composition().openProjector();
          Stage p = window.composition().projector();
          p.setWidth(1024);
          p.setHeight(768);
        });
    Stage p = window.composition().projector();
    waitUntil(() -> !label(p, "#projector-position").isEmpty());
    return p;
  }

  @Test
  void everyColumnAndTheTotalRowAreWholeAt1024x768(FxRobot robot) {
    Stage p = openProjector(robot, Demo.create(tmp.resolve("ws-" + System.nanoTime())), false);
    // first the whole kabupaten, a row per kecamatan
    assertThat(label(p, "#projector-title")).contains("KEPULAUAN SERIBU", "per kecamatan");
    assertWhole(p);
    assertThat(label(p, "#projector-head-1")).startsWith("01").contains("ANIES");
    assertThat(label(p, "#projector-head-3")).startsWith("03").contains("GANJAR");
    assertThat(label(p, "#projector-head-4")).isEqualTo("Suara sah");
    assertThat(label(p, "#projector-total-name")).startsWith("Jumlah");
    // the keyboard steps through the kecamatan, a row per desa
    robot.type(KeyCode.PAGE_DOWN);
    waitUntil(() -> label(p, "#projector-title").startsWith("Kecamatan"));
    assertThat(label(p, "#projector-corner")).isEqualTo("Desa/Kelurahan");
    assertWhole(p);
    // PULAU PANGGANG's TPS 001 has Sirekap reading errors: its row is marked, the rule in words
    assertThat(flaggedNames(p)).contains("PULAU PANGGANG");
    assertThat(p.getScene().lookup("#projector-findings"))
        .satisfies(
            n ->
                assertThat(((javafx.scene.control.ListView<?>) n).getItems())
                    .anyMatch(
                        f -> f.toString().startsWith("PULAU PANGGANG · TPS 001 — aturan R5: ")));
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aPartyListShowsPartiesAndOnePartysCaleg(FxRobot robot) {
    Stage q =
        openProjector(
            robot, PartyListWorkspace.create(tmp.resolve("ws-" + System.nanoTime())), true);
    assertThat(label(q, "#projector-corner")).isEqualTo("Partai");
    assertThat(rowNames(q)).contains("1 PKB", "Suara sah");
    assertThat(label(q, "#projector-total-name")).isEqualTo("Suara sah");
    assertWhole(q);
    // the parties that do not fit are on the next page
    while (!rowNames(q).contains("24 UMMAT")) {
      robot.type(KeyCode.PAGE_DOWN);
    }
    assertWhole(q);
    robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
    waitUntil(() -> rowNames(q).contains("1. CALON PDIP NOMOR 1"));
    assertThat(label(q, "#projector-total-name")).isEqualTo("Jumlah 3 PDIP");
    assertWhole(q);
    robot.type(KeyCode.BACK_SPACE);
    waitUntil(() -> rowNames(q).contains("1 PKB"));
  }

  /** Every heading and every cell of the total row lies inside the window, its text not cut. */
  private static void assertWhole(Stage p) {
    onFx(
        () -> {
          List<Node> checked = new ArrayList<>();
          for (Node n : p.getScene().getRoot().lookupAll(".projector-head")) {
            checked.add(n);
          }
          for (Node n : p.getScene().getRoot().lookupAll(".projector-total")) {
            checked.add(n);
          }
          assertThat(checked).hasSizeGreaterThan(3);
          double w = p.getScene().getWidth();
          double h = p.getScene().getHeight();
          for (Node n : checked) {
            Label l = (Label) n;
            Bounds b = l.localToScene(l.getBoundsInLocal());
            String what = l.getId() + " '" + l.getText() + "' at " + b;
            assertThat(b.getMinX()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(what).isLessThanOrEqualTo(w + 0.5);
            assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(h + 0.5);
            Text shown = (Text) l.lookup(".text");
            assertThat(shown == null ? "" : shown.getText()).as(what).doesNotContain("…");
          }
          return true;
        });
  }

  private static List<String> rowNames(Stage p) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Node n : p.getScene().getRoot().lookupAll(".projector-name")) {
            out.add(((Label) n).getText());
          }
          return out;
        });
  }

  private static List<String> flaggedNames(Stage p) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Node n : p.getScene().getRoot().lookupAll(".projector-flagged")) {
            if (n.getStyleClass().contains("projector-name")) {
              out.add(((Label) n).getText());
            }
          }
          return out;
        });
  }

  private static String label(Stage p, String id) {
    return onFx(
        () -> {
          Node n = p.getScene().lookup(id);
          return n == null ? "" : ((Label) n).getText();
        });
  }
}
