package id.rekap.app.gui.entry;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * Issue 14, acceptance 1 (and the keystroke count of acceptance 6): an operator keys a whole PPWP
 * C.Hasil and a whole DPRD party-list C.Hasil (18 parties, 240 boxes) by keyboard only, at 1024×768
 * and at 1366×768. After every keystroke the box with the cursor lies fully inside the form's
 * visible viewport and the window; Enter after the last box reaches "save", Enter saves, and Enter
 * again opens the next TPS of the queue. The keystrokes are counted against the floor (the digits
 * plus one key per box) and written to {@code target/keystrokes.txt} for docs/benchmarks.md.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardEntryTest {
  @TempDir static Path tmp;
  private Stage stage;
  private AppWindow window;
  private int keystrokes;

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

  @Test
  void aWholePpwpFormAt1024x768(FxRobot robot) throws IOException {
    keyAWholeForm(robot, Demo.create(folder()), null, 1024, 768, new GlassKeys(robot));
  }

  @Test
  void aWholePpwpFormAt1366x768(FxRobot robot) throws IOException {
    keyAWholeForm(robot, Demo.create(folder()), null, 1366, 768, new GlassKeys(robot));
  }

  @Test
  void aWholeDprdFormAt1024x768(FxRobot robot) throws IOException {
    keyAWholeForm(
        robot, PartyListWorkspace.create(folder()), "DPRD Provinsi", 1024, 768, new SceneKeys());
  }

  @Test
  void aWholeDprdFormAt1366x768(FxRobot robot) throws IOException {
    keyAWholeForm(
        robot, PartyListWorkspace.create(folder()), "DPRD Provinsi", 1366, 768, new SceneKeys());
  }

  /** How a key reaches the window. */
  private interface Keys {
    void digit(char c);

    void enter();
  }

  /** Through the platform robot and the whole glass path (TestFX waits for the FX thread). */
  private record GlassKeys(FxRobot robot) implements Keys {
    @Override
    public void digit(char c) {
      robot.write(c);
    }

    @Override
    public void enter() {
      robot.type(KeyCode.ENTER);
    }
  }

  /**
   * As TestFX's typing does it (pressed, typed, released at the node with the cursor, through the
   * scene's filters and handlers), in one round trip to the FX thread followed by a layout pass:
   * the 500 keys of a DPRD form then take seconds instead of minutes, and the bounds asserted are
   * those the next frame draws.
   */
  private final class SceneKeys implements Keys {
    @Override
    public void digit(char c) {
      key(KeyCode.getKeyCode(String.valueOf(c)), String.valueOf(c));
    }

    @Override
    public void enter() {
      key(KeyCode.ENTER, "\r");
    }

    private void key(KeyCode code, String typed) {
      try {
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Node target = stage.getScene().getFocusOwner();
                  javafx.event.Event.fireEvent(target, event(KeyEvent.KEY_PRESSED, code, ""));
                  Node now = stage.getScene().getFocusOwner();
                  javafx.event.Event.fireEvent(
                      now,
                      new KeyEvent(
                          KeyEvent.KEY_TYPED,
                          typed,
                          typed,
                          KeyCode.UNDEFINED,
                          false,
                          false,
                          false,
                          false));
                  javafx.event.Event.fireEvent(now, event(KeyEvent.KEY_RELEASED, code, ""));
                  stage.getScene().getRoot().applyCss();
                  stage.getScene().getRoot().layout();
                })
            .get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    private static KeyEvent event(
        javafx.event.EventType<KeyEvent> type, KeyCode code, String text) {
      return new KeyEvent(type, "", text, code, false, false, false, false);
    }
  }

  private static Path folder() {
    return tmp.resolve("ws-" + System.nanoTime());
  }

  private void keyAWholeForm(
      FxRobot robot, Workspace ws, String contest, int width, int height, Keys keys)
      throws IOException {
    robot.interact(
        () -> {
          window.open(ws, "ani", Screen.ENTRY, id.rekap.core.demo.DemoData.PASSWORD, null);
          stage.setMaximized(false);
          stage.setWidth(width);
          stage.setHeight(height);
        });
    waitUntil(() -> text(robot, "#entry-state").startsWith("Belum dientri"));
    if (contest != null) {
      robot.clickOn("#contest").clickOn(contest);
      waitUntil(() -> robot.lookup("#running-1").tryQuery().isPresent());
      waitUntil(() -> text(robot, "#entry-state").startsWith("Belum dientri"));
    }
    String tps = text(robot, "#entry-heading");
    waitUntil(() -> focusedId().startsWith("field-"));
    List<String> boxes = editableBoxes();
    Map<String, String> values = contest == null ? ppwp() : partyList(boxes);
    keystrokes = 0;
    int digits = 0;
    for (String id : boxes) {
      assertThat(focusedId()).isEqualTo(id);
      String value = values.getOrDefault(id, "0");
      for (char c : value.toCharArray()) {
        keys.digit(c);
        keystrokes++;
        digits++;
        assertTheCursorIsVisible();
      }
      keys.enter();
      keystrokes++;
      assertTheCursorIsVisible();
    }
    assertThat(focusedId()).isEqualTo("entry-save");
    robot.type(KeyCode.ENTER);
    keystrokes++;
    waitUntil(() -> text(robot, "#entry-state").startsWith("Entri pertama oleh ani"));
    waitUntil(() -> focusedId().equals("entry-next"));
    assertTheCursorIsVisible();
    // the saved values stay on screen, read-only
    TextField first = onFx(() -> (TextField) stage.getScene().lookup("#" + boxes.getFirst()));
    boolean editable = onFx(first::isEditable);
    String shown = onFx(first::getText);
    assertThat(editable).isFalse();
    assertThat(shown).isEqualTo(values.getOrDefault(boxes.getFirst(), "0"));
    robot.type(KeyCode.ENTER);
    keystrokes++;
    waitUntil(() -> !text(robot, "#entry-heading").equals(tps));
    waitUntil(() -> focusedId().equals(boxes.getFirst()));
    assertThat(text(robot, "#entry-state")).startsWith("Belum dientri");
    int floor = digits + boxes.size();
    assertThat(keystrokes).as("digits, one Enter per box, Enter to save").isEqualTo(floor + 2);
    record(contest == null ? "PPWP" : "DPRD", width, height, boxes.size(), digits, keystrokes);
  }

  /** Appends the count to target/keystrokes.txt (read into docs/benchmarks.md). */
  private static void record(String form, int w, int h, int boxes, int digits, int keys)
      throws IOException {
    Path out = Path.of("target", "keystrokes.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        "%s %dx%d boxes=%d digits=%d floor=%d keystrokes=%d%n"
            .formatted(form, w, h, boxes, digits, digits + boxes, keys),
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** The box with the cursor lies fully inside the form's viewport and inside the window. */
  private void assertTheCursorIsVisible() {
    // bounds are computed lazily: only the FX thread may ask for them
    onFx(this::cursorIsVisible);
  }

  private boolean cursorIsVisible() {
    Node focused = stage.getScene().getFocusOwner();
    assertThat(focused).as("something has the cursor").isNotNull();
    Bounds b = focused.localToScene(focused.getBoundsInLocal());
    String what = focused.getId() + " at " + b;
    assertThat(b.getMinX()).as(what).isGreaterThanOrEqualTo(-0.5);
    assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(-0.5);
    assertThat(b.getMaxX()).as(what).isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
    assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
    if (focused.getId() != null && focused.getId().startsWith("field-")) {
      Node viewport = stage.getScene().lookup("#entry-form").lookup(".viewport");
      Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
      assertThat(b.getMinY()).as(what + " inside " + v).isGreaterThanOrEqualTo(v.getMinY() - 0.5);
      assertThat(b.getMaxY()).as(what + " inside " + v).isLessThanOrEqualTo(v.getMaxY() + 0.5);
      assertThat(b.getMinX()).as(what + " inside " + v).isGreaterThanOrEqualTo(v.getMinX() - 0.5);
      assertThat(b.getMaxX()).as(what + " inside " + v).isLessThanOrEqualTo(v.getMaxX() + 0.5);
    }
    return true;
  }

  /** The ids of the boxes that take the cursor, in the form's order. */
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
          return out; // lookupAll walks the rows in order, top to bottom
        });
  }

  /** A whole PPWP plano that breaks no rule (so saving asks nothing). */
  static Map<String, String> ppwp() {
    Map<String, String> v = new HashMap<>();
    for (var e : EntryViewModelTest.form("107").entrySet()) {
      v.put("field-" + EntryView.id(e.getKey()), e.getValue());
    }
    return v;
  }

  /** A whole DPRD plano: 3 party votes per party, one vote per caleg until 228, totals summed. */
  static Map<String, String> partyList(List<String> boxes) {
    Map<String, String> v = ppwp();
    int left = 228 - 3 * 18;
    Map<String, Integer> partySum = new HashMap<>();
    for (String id : boxes) {
      String[] p = id.split("_");
      if (p.length < 3) {
        continue;
      }
      String party = p[1];
      int value;
      if (p[2].equals("partyOnly")) {
        value = 3;
      } else if (p[2].equals("candidates")) {
        value = left > 0 ? 1 : 0;
        left -= value;
      } else {
        value = partySum.getOrDefault(party, 0);
      }
      partySum.merge(party, p[2].equals("total") ? 0 : value, Integer::sum);
      v.put(id, Integer.toString(value));
    }
    return v;
  }

  private String focusedId() {
    return onFx(
        () -> {
          Node focused = stage.getScene().getFocusOwner();
          return focused == null || focused.getId() == null ? "" : focused.getId();
        });
  }

  /** A label's text, read on the FX thread (the scene changes under a lookup from elsewhere). */
  private String text(FxRobot robot, String query) {
    return onFx(
        () -> {
          Node n = stage.getScene().lookup(query);
          return n instanceof Label l && l.getText() != null ? l.getText() : "";
        });
  }
}
