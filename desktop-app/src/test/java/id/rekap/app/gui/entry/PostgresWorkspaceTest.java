package id.rekap.app.gui.entry;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.AppWindow;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.FxJobs;
import id.rekap.app.gui.start.Recents;
import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.StoreLocation;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestStore;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desktop app on a workspace whose store is a PostgreSQL server (issue 20 §2), headless: the
 * folder typed on the start screen opens the server store, ani logs in and keys a TPS, budi logs in
 * and keys it the same, so it is accepted; the audit chain then verifies. Runs in the PostgreSQL
 * test execution (skipped on H2, where the other GUI tests run).
 */
@ExtendWith(ApplicationExtension.class)
class PostgresWorkspaceTest {
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
    window.showStart();
    stage.setWidth(1366);
    stage.setHeight(768);
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(window::close);
  }

  @Test
  void openedFromTheStartScreenKeyedTwiceAndAccepted(FxRobot robot) {
    Assumptions.assumeTrue(TestStore.postgres(), "the PostgreSQL test run");
    Path folder = tmp.resolve("ppk-pg");
    try (Workspace ws =
        Workspaces.create(
            folder,
            WorkspaceLevel.KECAMATAN,
            "310101",
            Workspaces.demoFiles().resolve(DemoData.ELECTION))) {
      ws.importRegions(Workspaces.CLERK, List.of(Workspaces.demoFiles().resolve(DemoData.REGIONS)));
      var admin = ws.users().login(Workspaces.ADMIN, Workspaces.ADMIN_PASSWORD.toCharArray());
      PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      PlenaryUsers.person(ws, admin, "budi", Role.OPERATOR);
    }
    assertThat(StoreLocation.read(folder)).as("a server store").isPresent();

    // the start screen: the folder typed, Enter; the login of the workspace
    TextField typed = robot.lookup("#start-folder").queryAs(TextField.class);
    robot.interact(() -> typed.setText(folder.toString()));
    robot.clickOn("#start-folder").type(KeyCode.ENTER);
    login(robot, "ani");
    robot.clickOn("#nav-entry");
    waitUntil(() -> text("#entry-state").startsWith("Belum dientri"));
    String tps = text("#entry-heading");
    waitUntil(() -> focusedId().startsWith("field-"));
    List<String> boxes = editableBoxes();
    Map<String, String> values = KeyboardEntryTest.ppwp();
    key(robot, boxes, values);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-state").startsWith("Entri pertama oleh ani"));

    robot.clickOn("#logout");
    login(robot, "budi");
    robot.clickOn("#nav-entry");
    waitUntil(() -> text("#entry-heading").equals(tps));
    waitUntil(() -> text("#entry-state").startsWith("Entri pertama oleh ani tersimpan"));
    waitUntil(() -> focusedId().equals(boxes.getFirst()));
    key(robot, boxes, values);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-state").startsWith("Diterima"));

    robot.interact(window::showStart);
    try (Workspace ws = Workspace.open(folder, Demo.CLOCK)) {
      assertThat(ws.status().received(ContestCode.PPWP)).hasSize(1);
      assertThat(ws.entry().pending()).isEmpty();
      var audit = ws.verifyAudit().run();
      assertThat(audit.ok()).as(audit.toString()).isTrue();
    }
  }

  private void login(FxRobot robot, String user) {
    waitUntil(() -> stage.getScene().lookup("#login-name") != null);
    TextField name = robot.lookup("#login-name").queryAs(TextField.class);
    robot.interact(name::clear);
    robot.clickOn("#login-name").write(user);
    robot.clickOn("#login-password").write(PlenaryUsers.PASSWORD).type(KeyCode.ENTER);
    waitUntil(() -> stage.getScene().lookup("#status-user") != null);
    assertThat(text("#status-user")).contains(user);
  }

  /** Types every box's value followed by Enter, from the box with the cursor on. */
  private void key(FxRobot robot, List<String> boxes, Map<String, String> values) {
    for (String id : boxes) {
      assertThat(focusedId()).isEqualTo(id);
      robot.write(values.getOrDefault(id, "0"));
      robot.type(KeyCode.ENTER);
    }
  }

  private List<String> editableBoxes() {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Node n : stage.getScene().lookup("#entry-form").lookupAll(".text-field")) {
            if (n instanceof TextField f
                && f.getId() != null
                && f.getId().startsWith("field-")
                && f.isEditable()) {
              out.add(f.getId());
            }
          }
          return out;
        });
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
