package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow through the real window, headless (Monocle): log in, read the dashboard's numbers,
 * jump from a finding to its TPS, key a TPS twice with a mismatch as two operators and settle it as
 * the verifier, record an objection, adopt, export a PDF, and step through the projector view.
 * Assertions are on what the screen shows.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowTest {
  @TempDir static Path tmp;
  static Workspace ws;
  private Stage stage;

  @BeforeAll
  static void workspace() {
    ws = Demo.create(tmp.resolve("ws"));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    FxJobs jobs = new FxJobs();
    Session session = Demo.session(ws, jobs);
    new GuiComposition(session, jobs, stage, "test").start(Screen.DASHBOARD, null, null);
  }

  @Test
  void theClerksMainFlow(FxRobot robot) throws Exception {
    login(robot, "ani");
    dashboardShowsTheStatusNumbers(robot);
    aFindingOpensItsTpsAtTheField(robot);
    keyTheMissingTps(robot, "107");
    assertThat(text(robot, "#entry-message")).contains("entri pertama", "ani");
    logout(robot);
    login(robot, "budi");
    robot.clickOn("#nav-entry");
    keyTheMissingTps(robot, "170");
    waitUntil(() -> text(robot, "#entry-message").contains("berbeda"));
    assertThat(text(robot, "#entry-message")).contains("1 isian", "choices.2");
    logout(robot);
    login(robot, "citra");
    robot.clickOn("#nav-entry");
    openTps(robot, Demo.MISSING_TPS);
    waitUntil(() -> robot.lookup("#resolve-choices_2").tryQuery().isPresent());
    assertThat(robot.lookup("#entry-resolve-pane").query().isVisible()).isTrue();
    assertThat(labels(robot, "#entry-resolve-pane")).contains("107", "170");
    robot.clickOn("#resolve-choices_2").write("107");
    robot.clickOn("#entry-resolve");
    waitUntil(() -> text(robot, "#entry-message").contains("selesai"));
    logout(robot);
    login(robot, "ketua");
    objectionAndAdoption(robot);
    exportAPdf(robot);
    recapAndProjector(robot);
  }

  private void login(FxRobot robot, String user) {
    waitUntil(() -> robot.lookup("#login-name").tryQuery().isPresent());
    robot.clickOn("#login-name").write(user);
    robot.clickOn("#login-password").write("demo-rekap").type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#status-user").tryQuery().isPresent());
    assertThat(text(robot, "#status-user")).contains(user);
  }

  private void logout(FxRobot robot) {
    robot.clickOn("#logout");
  }

  private void dashboardShowsTheStatusNumbers(FxRobot robot) {
    TableView<ContestStatus> totals = robot.lookup("#dashboard-totals").queryTableView();
    waitUntil(() -> !totals.getItems().isEmpty());
    ContestStatus status = ws.status().run().getFirst();
    List<String> shown = cellTexts(robot, totals);
    assertThat(shown)
        .containsSubsequence(
            status.name(),
            Numbers.count((long) status.expected()),
            Numbers.count((long) status.received()),
            Numbers.count((long) status.missing()),
            Numbers.count(status.withErrors()),
            Numbers.count(status.withWarnings()),
            "92,0 %");
    assertThat(shown).contains("88", "81", "7");
  }

  private void aFindingOpensItsTpsAtTheField(FxRobot robot) {
    robot.clickOn("#nav-findings");
    TableView<?> table = robot.lookup("#findings-table").queryTableView();
    waitUntil(() -> !table.getItems().isEmpty());
    robot.clickOn("#findings-place").write(Demo.TPS_WITH_ERRORS);
    waitUntil(() -> table.getItems().size() == 4);
    assertThat(text(robot, "#findings-count")).startsWith("4 dari");
    Node r5 =
        robot
            .from(table)
            .lookup(".table-cell")
            .lookup((Labeled l) -> "R5".equals(l.getText()))
            .query();
    robot.doubleClickOn(r5);
    waitUntil(() -> text(robot, "#entry-heading").contains(Demo.TPS_WITH_ERRORS));
    waitUntil(() -> focusedId().equals("field-total"));
    // Sirekap's reading beside the box, and the rules on the empty form
    assertThat(labels(robot, "#entry-form")).contains("292");
  }

  private void openTps(FxRobot robot, String tps) {
    // the screen first loads its checks and TPS list
    waitUntil(() -> !text(robot, "#entry-heading").isEmpty());
    TextField code = robot.lookup("#entry-tps").queryAs(TextField.class);
    robot.interact(() -> code.setText(tps));
    robot.clickOn("#entry-tps").type(KeyCode.ENTER);
    try {
      waitUntil(() -> text(robot, "#entry-heading").contains(tps));
    } catch (AssertionError e) {
      throw new AssertionError(
          "heading="
              + text(robot, "#entry-heading")
              + " message="
              + text(robot, "#entry-message")
              + " tps="
              + code.getText()
              + " focus="
              + focusedId(),
          e);
    }
  }

  /** Keys block IV and V of the missing TPS with Enter between boxes; pair 2 as given. */
  private void keyTheMissingTps(FxRobot robot, String pair2) {
    openTps(robot, Demo.MISSING_TPS);
    TextField first = robot.lookup("#field-choices_1").queryAs(TextField.class);
    robot.interact(first::requestFocus);
    robot.write("83").type(KeyCode.ENTER);
    robot.write(pair2).type(KeyCode.ENTER);
    robot.write("38").type(KeyCode.ENTER);
    robot.write("228").type(KeyCode.ENTER);
    robot.write("5x").type(KeyCode.ENTER); // a letter is not accepted
    robot.write("233");
    assertThat(robot.lookup("#field-invalid").queryAs(TextField.class).getText()).isEqualTo("5");
    assertThat(robot.lookup("#field-total").queryAs(TextField.class).getText()).isEqualTo("233");
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    waitUntil(() -> !text(robot, "#entry-message").isEmpty());
  }

  private void objectionAndAdoption(FxRobot robot) {
    robot.clickOn("#nav-plenary");
    robot.clickOn("#plenary-place").write(Demo.MISSING_TPS);
    robot.clickOn("#objection-by").write("Saksi 01");
    robot.clickOn("#objection-text").write("Suara pasangan 2 dibaca 170");
    robot.clickOn("#objection-record");
    TableView<?> objections = robot.lookup("#objection-table").queryTableView();
    waitUntil(() -> objections.getItems().size() == 1);
    assertThat(cellTexts(robot, objections))
        .contains(Demo.MISSING_TPS, "Saksi 01", "Suara pasangan 2 dibaca 170", "Belum dijawab");
    robot.clickOn("Penetapan");
    robot.clickOn("#adoption-adopt");
    TableView<?> adopted = robot.lookup("#adoption-table").queryTableView();
    waitUntil(() -> adopted.getItems().size() == 1);
    assertThat(cellTexts(robot, adopted)).contains(Demo.MISSING_TPS, "ketua");
    assertThat(text(robot, "#plenary-message")).contains("ditetapkan");
  }

  private void exportAPdf(FxRobot robot) {
    robot.clickOn("#nav-reports");
    robot.clickOn("#report-export");
    waitUntil(() -> text(robot, "#report-message").startsWith("Tertulis"));
    Path pdf = ws.folder().resolve("laporan").resolve("d-hasil-kabkota-ppwp-3101-draft.pdf");
    assertThat(pdf).exists();
    assertThat(text(robot, "#report-message")).contains(pdf.toString(), "DRAFT");
    assertThat(robot.lookup("#report-preview").queryAs(ImageView.class).getImage()).isNotNull();
    assertThat(Files.isRegularFile(pdf)).isTrue();
  }

  private void recapAndProjector(FxRobot robot) {
    robot.clickOn("#nav-recap");
    TreeTableView<?> tree = robot.lookup("#recap-table").queryAs(TreeTableView.class);
    waitUntil(() -> tree.getRoot() != null);
    // the keyed TPS counts now: 82 of 88
    try {
      waitUntil(() -> labelTexts(robot, tree).contains("82/88"));
    } catch (AssertionError e) {
      throw new AssertionError("recap shows " + labelTexts(robot, tree), e);
    }
    robot.clickOn("#recap-projector");
    waitUntil(() -> text(robot, "#projector-title").contains("PULAU PANGGANG"));
    assertThat(text(robot, "#projector-position")).startsWith("1 dari 6");
    robot.clickOn("#projector-title").type(KeyCode.PAGE_DOWN);
    waitUntil(() -> text(robot, "#projector-title").contains("PULAU KELAPA"));
    robot.type(KeyCode.PAGE_UP);
    waitUntil(() -> text(robot, "#projector-title").contains("PULAU PANGGANG"));
    ListView<?> findings = robot.lookup("#projector-findings").queryListView();
    assertThat(findings.getItems()).isNotEmpty();
    robot.type(KeyCode.ESCAPE);
  }

  private String focusedId() {
    Node focused = stage.getScene().getFocusOwner();
    return focused == null || focused.getId() == null ? "" : focused.getId();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static List<String> cellTexts(FxRobot robot, Node table) {
    return labelTexts(robot, table);
  }

  private static List<String> labelTexts(FxRobot robot, Node root) {
    return robot
        .from(root)
        .lookup((Labeled l) -> l.getText() != null)
        .queryAllAs(Labeled.class)
        .stream()
        .map(Labeled::getText)
        .toList();
  }

  private static List<String> labels(FxRobot robot, String query) {
    return labelTexts(robot, robot.lookup(query).query());
  }

  private static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the screen did not show it in time", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
