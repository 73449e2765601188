package id.rekap.app.gui.entry;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.AppWindow;
import id.rekap.app.gui.Demo;
import id.rekap.app.gui.FxJobs;
import id.rekap.app.gui.Screen;
import id.rekap.app.gui.start.Recents;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/**
 * Issue 14, acceptance 2, by keyboard only at 1366×768: values typed and the TPS left asks (Esc
 * stays, nothing lost); a save with an ERROR finding asks, listing it (Esc saves nothing, Enter
 * saves); the operator withdraws her own entry (Ctrl+T, Enter) and keys it again; a second
 * operator's different entry makes a mismatch; the verifier sees both entries of the whole form
 * side by side with the difference highlighted, types the right value and settles with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class EntryFlowTest {
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

  @Test
  void unsavedDoubtfulWithdrawnKeyedAgainAndSettledByKeyboard(FxRobot robot) {
    Path folder = tmp.resolve("ws-" + System.nanoTime());
    Workspace ws = Demo.create(folder);
    openAs(robot, ws, "ani");
    waitUntil(() -> text("#entry-state").startsWith("Belum dientri"));
    String tps = text("#entry-heading");
    waitUntil(() -> focusedId().startsWith("field-"));
    List<String> boxes = editableBoxes();
    Map<String, String> right = KeyboardEntryTest.ppwp();
    Map<String, String> wrong = new java.util.HashMap<>(right);
    wrong.put("field-choices_1", "84"); // the pairs no longer add up to the valid votes: ERROR

    // 1. values typed, then Ctrl+N to leave: asked; Esc stays with the values
    key(robot, boxes, wrong);
    assertThat(focusedId()).isEqualTo("entry-save");
    ctrl(robot, KeyCode.N);
    waitUntil(() -> showing("#unsaved-stay"));
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !showing("#unsaved-stay"));
    assertThat(text("#entry-heading")).isEqualTo(tps);
    assertThat(boxText("field-choices_1")).isEqualTo("84");
    assertThat(text("#entry-state")).startsWith("Belum dientri");

    // 2. a save with an ERROR finding asks, listing it; Esc saves nothing, then Enter saves
    ctrl(robot, KeyCode.S);
    waitUntil(() -> showing("#confirm-yes"));
    assertThat(dialogLines()).anyMatch(l -> l.startsWith("R"));
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !showing("#confirm-yes"));
    assertThat(text("#entry-state")).startsWith("Belum dientri");
    ctrl(robot, KeyCode.S);
    waitUntil(() -> showing("#confirm-yes"));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-state").startsWith("Entri pertama oleh ani"));
    assertThat(ws.entry().pending()).hasSize(1);

    // 3. her own entry withdrawn (Ctrl+T, Enter) and keyed again, right this time
    ctrl(robot, KeyCode.T);
    waitUntil(() -> showing("#confirm-yes"));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-state").startsWith("Belum dientri"));
    assertThat(text("#entry-message")).contains("ditarik");
    assertThat(text("#entry-heading")).isEqualTo(tps);
    waitUntil(() -> focusedId().equals(boxes.getFirst()));
    key(robot, boxes, right);
    robot.type(KeyCode.ENTER); // nothing to confirm: saved at once
    waitUntil(() -> text("#entry-state").startsWith("Entri pertama oleh ani"));
    assertThat(showing("#confirm-yes")).isFalse();

    // 4. budi keys the same TPS (first in his queue) with one box different
    Workspace second = reopenAs(robot, folder, "budi");
    waitUntil(() -> text("#entry-heading").equals(tps));
    waitUntil(() -> text("#entry-state").startsWith("Entri pertama oleh ani tersimpan"));
    waitUntil(() -> focusedId().equals(boxes.getFirst()));
    key(robot, boxes, wrong);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> showing("#confirm-yes"));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-state").contains("menunggu verifikator"));
    assertThat(second.entry().pending()).hasSize(2);

    // 5. the verifier: the whole form, both entries side by side, the difference highlighted
    Workspace third = reopenAs(robot, folder, "citra");
    waitUntil(() -> text("#entry-heading").equals(tps));
    waitUntil(() -> text("#entry-state").startsWith("Entri ani dan budi berbeda pada 1 isian"));
    waitUntil(() -> focusedId().equals("field-choices_1"));
    assertThat(editableBoxes()).containsExactly("field-choices_1");
    assertThat(onFx(() -> box("field-choices_1").getPseudoClassStates()))
        .contains(PseudoClass.getPseudoClass("differs"));
    assertThat(rowTexts("field-choices_1")).contains("83", "84");
    assertThat(rowTexts("field-choices_2")).contains("107"); // an agreeing row shows both too
    robot.write("83");
    robot.type(KeyCode.ENTER);
    waitUntil(() -> focusedId().equals("entry-resolve"));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> text("#entry-message").startsWith("Selisih TPS"));
    waitUntil(() -> text("#entry-state").startsWith("Diterima"));
    assertThat(third.entry().pending()).isEmpty();
  }

  private void openAs(FxRobot robot, Workspace ws, String user) {
    robot.interact(
        () -> {
          window.open(ws, user, Screen.ENTRY, id.rekap.core.demo.DemoData.PASSWORD, null);
          stage.setMaximized(false);
          stage.setWidth(1366);
          stage.setHeight(768);
        });
  }

  /** Another user at the same PC: the workspace closed and opened again with their login. */
  private Workspace reopenAs(FxRobot robot, Path folder, String user) {
    robot.interact(window::showStart);
    Workspace ws = Workspace.open(folder, Demo.CLOCK);
    openAs(robot, ws, user);
    return ws;
  }

  /** Types every box's value followed by Enter, from the box with the cursor on. */
  private void key(FxRobot robot, List<String> boxes, Map<String, String> values) {
    for (String id : boxes) {
      assertThat(focusedId()).isEqualTo(id);
      robot.write(values.getOrDefault(id, "0"));
      robot.type(KeyCode.ENTER);
    }
  }

  private static void ctrl(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }

  private boolean showing(String id) {
    return onFx(
        () -> {
          for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null) {
              return true;
            }
          }
          return false;
        });
  }

  /** The lines the confirmation dialog lists. */
  private List<String> dialogLines() {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Window w : Window.getWindows()) {
            Node list = w.getScene() == null ? null : w.getScene().lookup("#confirm-doubts");
            if (list != null) {
              for (Node n : list.lookupAll(".label")) {
                if (n instanceof Label l) {
                  out.add(l.getText());
                }
              }
            }
          }
          return out;
        });
  }

  private TextField box(String id) {
    return (TextField) stage.getScene().lookup("#" + id);
  }

  private String boxText(String id) {
    return onFx(() -> box(id).getText());
  }

  /** The texts of the labels in a box's row (the two keyings, Sirekap, the note). */
  private List<String> rowTexts(String id) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          for (Node n : box(id).getParent().getParent().lookupAll(".label")) {
            if (n instanceof Label l && l.getText() != null) {
              out.add(l.getText());
            }
          }
          return out;
        });
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
