package id.rekap.app.gui;

import static id.rekap.app.gui.FxWait.onFx;
import static id.rekap.app.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.start.Recents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
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
 * Issue 14, acceptance 4: every screen and dialog, in Indonesian and in English, on the demo data.
 * No visible text may look like an internal key (a dotted id, a camelCase id, a contest code as a
 * label), hold a word of the other language, or show an ISO or UTC timestamp.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTextTest {
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\w/.\\-])[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_]+)+(?![\\w/])");
  private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b");
  private static final Pattern CONTEST =
      Pattern.compile("\\b(ppwp|pdpr|pdpd|pdprdp|pdprdk|pkwkp|pkwkk|pbup|pwkp)\\b");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z\\b|\\+00:00|\\bUTC\\b");
  private static final List<String> ENGLISH =
      List.of(
          "Cancel",
          "No content",
          "Save",
          "Delete",
          "Error",
          "Warning",
          "Loading",
          "Settings",
          "Show Details",
          "Select All",
          "Copy",
          "Paste",
          "Undo",
          "valid",
          "invalid",
          "official",
          "Dec",
          "Press ESC",
          "Yes",
          "Close",
          "Confirmation",
          "Message",
          "None");
  private static final List<String> INDONESIAN =
      List.of(
          "Simpan",
          "Batal",
          "Memuat",
          "Tidak ada",
          "yang",
          "untuk",
          "dengan",
          "belum",
          "Sudah",
          "Keluar",
          "Pilih",
          "Berikutnya",
          "Tutup",
          "Antrean",
          "Suara sah",
          "Desember");

  @TempDir static Path tmp;
  private AppWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private final Locale before = Locale.getDefault();

  @AfterEach
  void close(FxRobot robot) {
    if (window != null) {
      robot.interact(window::close);
    }
    Locale.setDefault(before);
  }

  @Test
  void indonesian(FxRobot robot) {
    walk(robot, Locale.of("id", "ID"), ENGLISH);
  }

  @Test
  void english(FxRobot robot) {
    walk(robot, Locale.ENGLISH, INDONESIAN);
  }

  private void walk(FxRobot robot, Locale locale, List<String> otherLanguage) {
    List<String> problems = new ArrayList<>();
    var ws = Demo.create(tmp.resolve("ws-" + locale.getLanguage()));
    robot.interact(
        () -> {
          window =
              new AppWindow(
                  stage,
                  new FxJobs(),
                  Demo.CLOCK,
                  locale,
                  new Recents(tmp.resolve("recent-" + locale.getLanguage())),
                  tmp,
                  "test");
          window.showStart();
        });
    check("start", problems, otherLanguage);
    robot.interact(() -> window.showWizard());
    check("wizard", problems, otherLanguage);
    robot.interact(() -> window.open(ws, "admin", null, null, null));
    waitUntil(() -> robot.lookup("#login-name").tryQuery().isPresent());
    check("login", problems, otherLanguage);
    var logged = Demo.create(tmp.resolve("ws-in-" + locale.getLanguage()));
    robot.interact(
        () ->
            window.open(
                logged, "admin", Screen.DASHBOARD, id.rekap.core.demo.DemoData.PASSWORD, null));
    for (Screen s : Screen.values()) {
      robot.interact(() -> window.composition().main().screen().set(s));
      settle();
      check(s.id(), problems, otherLanguage);
    }
    // the entry screen's dialogs: values typed and the screen left; an incomplete save
    robot.interact(() -> window.composition().main().screen().set(Screen.ENTRY));
    settle();
    waitUntil(() -> robot.lookup("#field-choices_1").tryQuery().isPresent());
    robot.interact(() -> stage.getScene().lookup("#field-choices_1").requestFocus());
    robot.write("12");
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
    check("confirm dialog", problems, otherLanguage);
    robot.type(KeyCode.ESCAPE);
    robot.clickOn("#nav-dashboard");
    waitUntil(() -> robot.lookup("#unsaved-stay").tryQuery().isPresent());
    check("unsaved dialog", problems, otherLanguage);
    robot.type(KeyCode.ESCAPE);
    // the plenary's adoption tab on a desa: queue, preview with held TPS and reasons, history
    robot.interact(() -> window.composition().main().screen().set(Screen.PLENARY));
    settle();
    robot.interact(
        () -> {
          var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#plenary-tabs");
          tabs.getSelectionModel().selectLast();
          ((javafx.scene.control.TextField) stage.getScene().lookup("#plenary-place"))
              .setText("3101011001");
        });
    settle();
    waitUntil(() -> robot.lookup("#adoption-plan").queryTableView().getItems().size() > 4);
    check("adoption", problems, otherLanguage);
    robot.interact(
        () ->
            ((javafx.scene.control.TabPane) stage.getScene().lookup("#adoption-views"))
                .getSelectionModel()
                .selectLast());
    settle();
    check("adoption history", problems, otherLanguage);
    // the projector
    robot.interact(() -> window.composition().main().screen().set(Screen.RECAP));
    settle();
    robot.interact(() -> window.composition().openProjector());
    settle();
    check("projector", problems, otherLanguage);
    robot.interact(() -> window.composition().projector().close());
    // the start screen again, now listing the workspaces by name, and one whose folder is gone
    new Recents(tmp.resolve("recent-" + locale.getLanguage())).remember(tmp.resolve("gone"));
    robot.interact(() -> window.showStart());
    settle();
    check("start with workspaces", problems, otherLanguage);
    assertThat(problems).as("texts on the screens in " + locale).isEmpty();
  }

  /** Waits until the background jobs are done and the screen has been drawn. */
  private void settle() {
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> onFx(() -> window.composition() == null || idle()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private boolean idle() {
    for (Window w : Window.getWindows()) {
      if (w.getScene() != null && w.getScene().lookup("#job-cancel") instanceof Node n) {
        if (n.isVisible()) {
          return false;
        }
      }
    }
    return true;
  }

  private void check(String where, List<String> problems, List<String> otherLanguage) {
    WaitForAsyncUtils.waitForFxEvents();
    Set<String> texts = onFx(ScreenTextTest::visibleTexts);
    for (String t : texts) {
      for (var p : List.of(DOTTED, CAMEL, CONTEST, TIMESTAMP)) {
        var m = p.matcher(t);
        if (m.find() && !allowed(m.group())) {
          problems.add(where + ": \"" + t + "\" (" + m.group() + ")");
        }
      }
      for (String w : otherLanguage) {
        if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
            .matcher(t)
            .find()) {
          problems.add(where + ": \"" + t + "\" (" + w + ")");
        }
      }
    }
  }

  /** File names and the like are not internal keys. */
  private static boolean allowed(String match) {
    return match.equals("e.g")
        || match.matches(".*\\.(json|csv|xlsx|pdf|p12|pem|db|txt|zip|rekap)$");
  }

  /** Every text in every window: labels, buttons, cells, column headings, prompts, tooltips. */
  private static Set<String> visibleTexts() {
    Set<String> out = new LinkedHashSet<>();
    for (Window w : List.copyOf(Window.getWindows())) {
      if (w.isShowing() && w.getScene() != null) {
        collect(w.getScene().getRoot(), out);
      }
    }
    out.removeIf(s -> s == null || s.isBlank());
    return out;
  }

  private static void collect(Node n, Set<String> out) {
    if (!n.isVisible()) {
      return;
    }
    if (n instanceof Labeled l) {
      out.add(l.getText());
      tooltip(l.getTooltip(), out);
    }
    if (n instanceof TextInputControl t) {
      out.add(t.getPromptText());
      tooltip(t.getTooltip(), out);
    }
    if (n instanceof TableView<?> t) {
      t.getColumns().forEach(c -> columns(c, out));
    }
    if (n instanceof TreeTableView<?> t) {
      t.getColumns().forEach(c -> columns(c, out));
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }

  private static void columns(TableColumnBase<?, ?> c, Set<String> out) {
    out.add(c.getText());
    c.getColumns().forEach(x -> columns(x, out));
  }

  private static void tooltip(Tooltip t, Set<String> out) {
    if (t != null) {
      out.add(t.getText());
    }
  }
}
