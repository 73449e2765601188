package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.start.Recents;
import id.rekap.core.demo.DemoData;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.forms.verify.VerifyFile;
import id.rekap.signing.PasswordHasher;
import id.rekap.signing.TrustPolicy;
import id.rekap.testsupport.FastPasswords;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow through the real window, headless (Monocle), from an empty start: create a
 * workspace with the wizard from the real Kepulauan Seribu data (election, region list), import the
 * 88 Sirekap files on the import screen, read the dashboard's numbers, jump from a finding to its
 * TPS, key a TPS twice with a mismatch as two operators and settle it as the verifier, record an
 * objection, adopt, create the signing key, export a signed PDF (verified intact), and step through
 * the projector view. Assertions are on what the screen shows.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowTest {
  private static final String ADMIN_PASSWORD = "gerbang-uji-91";
  private static final String TEMPORARY = "kertas-sementara-3";
  private static final String PASSPHRASE = "frasa-sandi-ketua-uji";
  @TempDir static Path tmp;
  static Path data;
  private AppWindow window;
  private Stage stage;

  @BeforeAll
  static void files() {
    data = tmp.resolve("data");
    DemoData.extract(data);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window =
        new AppWindow(
            stage,
            new FxJobs(),
            Clock.systemDefaultZone(),
            Locale.of("id", "ID"),
            new Recents(tmp.resolve("config/recent")),
            tmp,
            "test",
            // the wizard's workspace hashes at the tests' cost: a dozen logins and password
            // changes below, each otherwise paying the production Argon2id cost (ADR 0038)
            new PasswordHasher(FastPasswords.MEMORY_KIB, FastPasswords.ITERATIONS));
    window.showStart();
  }

  @AfterEach
  void closeWindow() {
    window.close();
  }

  @Test
  void theClerksMainFlow(FxRobot robot) throws Exception {
    createTheWorkspaceWithTheWizard(robot);
    addTheClerks();
    firstLoginReplacesTheTemporaryPassword(robot);
    importTheSirekapFiles(robot);
    dashboardShowsTheStatusNumbers(robot);
    aFindingOpensItsTpsAtTheField(robot);
    logout(robot);
    login(robot, "ani");
    robot.clickOn("#nav-entry");
    keyTheMissingTps(robot, "107");
    assertThat(text(robot, "#entry-message")).contains("entri pertama", "ani");
    logout(robot);
    login(robot, "budi");
    robot.clickOn("#nav-entry");
    keyTheMissingTps(robot, "170");
    waitUntil(() -> text(robot, "#entry-message").contains("berbeda"));
    assertThat(text(robot, "#entry-message")).contains("1 isian", "IV.2");
    logout(robot);
    login(robot, "citra");
    robot.clickOn("#nav-entry");
    openTps(robot, Demo.MISSING_TPS);
    waitUntil(() -> robot.lookup("#entry-resolve-pane").query().isVisible());
    assertThat(labels(robot, "#entry-form")).contains("107", "170");
    robot.clickOn("#field-choices_2").write("107");
    robot.clickOn("#entry-resolve");
    waitUntil(() -> text(robot, "#entry-message").contains("selesai"));
    logout(robot);
    login(robot, "ketua");
    objectionAndAdoption(robot);
    createTheSigningKey(robot);
    exportASignedPdf(robot);
    recapAndProjector(robot);
  }

  /** The wizard, page by page, as a clerk fills it; the new workspace opens at its login. */
  private void createTheWorkspaceWithTheWizard(FxRobot robot) {
    assertThat(robot.lookup("#start-recent").queryListView().getItems()).isEmpty();
    robot.clickOn("#start-create");
    waitUntil(() -> robot.lookup("#wizard-step").tryQuery().isPresent());
    assertThat(text(robot, "#wizard-step")).isEqualTo("Langkah 1 dari 6: Tingkat dan wilayah");
    robot.clickOn("#wizard-next");
    assertThat(text(robot, "#wizard-message")).contains("Pilih wilayah");
    robot.clickOn("#wizard-level").clickOn("KPU Kabupaten/Kota");
    robot.clickOn("#wizard-region-query").write("kepulauan seribu");
    waitUntil(() -> text(robot, "#wizard-region").contains("31.01 · KEPULAUAN SERIBU"));
    assertThat(field(robot, "#wizard-name").getText()).isEqualTo("KPU KEPULAUAN SERIBU");
    assertThat(field(robot, "#wizard-folder").getText())
        .isEqualTo(tmp.resolve("rekap-3101").toString());
    robot.clickOn("#wizard-next");
    // the store: the file on this PC is chosen already; Enter goes on
    assertThat(text(robot, "#wizard-step")).endsWith("Tempat penyimpanan data");
    assertThat(robot.lookup("#wizard-store-file").queryAs(javafx.scene.control.RadioButton.class))
        .matches(javafx.scene.control.RadioButton::isSelected);
    assertThat(robot.lookup("#wizard-db-password").query().isDisabled()).isTrue();
    robot.clickOn("#wizard-next");
    assertThat(text(robot, "#wizard-step")).endsWith("Definisi pemilu");
    fill(robot, "#wizard-election", data.resolve(DemoData.ELECTION).toString());
    waitUntil(() -> text(robot, "#wizard-election-summary").contains("pemilu-2024"));
    robot.clickOn("#wizard-next");
    robot.interact(
        () ->
            robot
                .lookup("#wizard-committee")
                .queryAs(TextArea.class)
                .setText("Ketua=Siti Aminah\nAnggota=Budi Santoso\nAnggota=Citra Lestari"));
    robot.clickOn("#wizard-next");
    assertThat(field(robot, "#wizard-admin").getText()).isEqualTo("admin");
    robot.clickOn("#wizard-password").write(ADMIN_PASSWORD);
    robot.clickOn("#wizard-repeat").write(ADMIN_PASSWORD);
    robot.clickOn("#wizard-next");
    assertThat(text(robot, "#wizard-step")).isEqualTo("Langkah 6 dari 6: Data wilayah dan TPS");
    fill(robot, "#wizard-region-file", data.resolve(DemoData.REGIONS).toString());
    robot.clickOn("#wizard-region-file").type(KeyCode.ENTER);
    assertThat(robot.lookup("#wizard-region-files").queryListView().getItems()).hasSize(1);
    robot.clickOn("#wizard-next");
    waitUntil(() -> robot.lookup("#login-name").tryQuery().isPresent());
    assertThat(field(robot, "#login-name").getText()).isEqualTo("admin");
    Workspace ws = window.workspace();
    assertThat(ws.info().name()).isEqualTo("KPU KEPULAUAN SERIBU");
    assertThat(ws.regionTree().tpsCount()).isEqualTo(88);
    assertThat(ws.committee().members()).hasSize(3);
  }

  /**
   * The clerks of the double entry (the app has no user screen yet; {@code rekap users add} is how
   * an admin adds them).
   */
  private void addTheClerks() {
    Workspace ws = window.workspace();
    User admin = ws.users().login("admin", ADMIN_PASSWORD.toCharArray());
    ws.users().add(admin, "ani", Role.OPERATOR, TEMPORARY.toCharArray());
    for (var person :
        List.of(
            Map.entry("budi", Role.OPERATOR),
            Map.entry("citra", Role.VERIFIER),
            Map.entry("ketua", Role.CHAIR))) {
      // each clerk replaces the admin's temporary password with their own
      ws.users().add(admin, person.getKey(), person.getValue(), TEMPORARY.toCharArray());
      ws.users()
          .changePassword(
              person.getKey(), TEMPORARY.toCharArray(), DemoData.PASSWORD.toCharArray());
    }
  }

  /**
   * Ani logs in for the first time with the admin's temporary password: the card asks for her own,
   * twice, and logs her in with it. The admin, who manages accounts only, imports nothing.
   */
  private void firstLoginReplacesTheTemporaryPassword(FxRobot robot) {
    waitUntil(() -> robot.lookup("#login-name").tryQuery().isPresent());
    TextField name = field(robot, "#login-name");
    assertThat(name.getText()).as("the wizard's admin is offered").isEqualTo("admin");
    robot.interact(name::clear);
    robot.clickOn("#login-name").write("ani");
    robot.clickOn("#login-password").write(TEMPORARY).type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#login-new").query().isVisible());
    assertThat(text(robot, "#login-error")).contains("sementara");
    robot.clickOn("#login-new").write(DemoData.PASSWORD);
    robot.clickOn("#login-repeat").write(DemoData.PASSWORD).type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#status-user").tryQuery().isPresent());
    assertThat(text(robot, "#status-user")).contains("ani");
  }

  private void importTheSirekapFiles(FxRobot robot) {
    robot.clickOn("#nav-import");
    fill(robot, "#import-path", data.resolve(DemoData.RESULTS).toString());
    robot.clickOn("#import-path").type(KeyCode.ENTER);
    assertThat(robot.lookup("#import-paths").queryListView().getItems()).hasSize(1);
    robot.clickOn("#import-run");
    waitUntil(() -> text(robot, "#import-summary").startsWith("88 berkas"));
    assertThat(text(robot, "#import-summary")).contains("81 diimpor");
    robot.clickOn("#nav-dashboard");
  }

  private void login(FxRobot robot, String user) {
    login(robot, user, id.rekap.core.demo.DemoData.PASSWORD);
  }

  private void login(FxRobot robot, String user, String password) {
    waitUntil(() -> robot.lookup("#login-name").tryQuery().isPresent());
    TextField name = field(robot, "#login-name");
    robot.interact(name::clear);
    robot.clickOn("#login-name").write(user);
    robot.clickOn("#login-password").write(password).type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#status-user").tryQuery().isPresent());
    assertThat(text(robot, "#status-user")).contains(user);
  }

  private void logout(FxRobot robot) {
    robot.clickOn("#logout");
  }

  private void dashboardShowsTheStatusNumbers(FxRobot robot) {
    TableView<ContestStatus> totals = robot.lookup("#dashboard-totals").queryTableView();
    ContestStatus status = window.workspace().status().run().getFirst();
    // the dashboard shown before the import refreshes in the background: wait for its new numbers
    waitUntil(() -> !totals.getItems().isEmpty() && totals.getItems().getFirst().equals(status));
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
    waitUntil(
        () ->
            robot.lookup("#entry-heading").tryQuery().isPresent()
                && text(robot, "#entry-heading").contains(Demo.TPS_WITH_ERRORS));
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
    // blocks I–III are left empty: saving asks first, Enter saves anyway
    waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    waitUntil(() -> !text(robot, "#entry-message").isEmpty());
  }

  private void objectionAndAdoption(FxRobot robot) {
    robot.clickOn("#nav-plenary");
    // the plenary session first: its place and time go into the forms' berita acara
    robot.clickOn("#session-place").write("Aula KPU Kabupaten Administrasi Kepulauan Seribu");
    robot.clickOn("#session-open");
    waitUntil(() -> text(robot, "#session-status").contains("nomor 1"));
    robot.clickOn("Keberatan & kejadian");
    robot.clickOn("#plenary-place").write(Demo.MISSING_TPS);
    robot.clickOn("#objection-by").write("Saksi 01");
    robot.clickOn("#objection-text").write("Suara pasangan 2 dibaca 170");
    robot.clickOn("#objection-record");
    TableView<?> objections = robot.lookup("#objection-table").queryTableView();
    waitUntil(() -> objections.getItems().size() == 1);
    assertThat(cellTexts(robot, objections))
        .contains(Demo.MISSING_TPS, "Saksi 01", "Suara pasangan 2 dibaca 170", "Belum dijawab");
    // an unanswered objection holds its TPS back from adoption (issue 14): the chair answers it
    robot.interact(() -> objections.getSelectionModel().select(0));
    robot.clickOn("#objection-response").write("Dibaca ulang dari plano: 107");
    robot.clickOn("#objection-respond");
    waitUntil(() -> !cellTexts(robot, objections).contains("Belum dijawab"));
    robot.clickOn("Penetapan");
    robot.clickOn("#adoption-adopt");
    waitUntil(() -> text(robot, "#plenary-message").contains("ditetapkan"));
    robot.clickOn("Riwayat penetapan");
    TableView<?> adopted = robot.lookup("#adoption-table").queryTableView();
    String tps = "TPS " + new id.rekap.core.region.TpsCode(Demo.MISSING_TPS).dotted();
    waitUntil(() -> cellTexts(robot, adopted).contains(tps));
    assertThat(cellTexts(robot, adopted)).contains(tps, "ketua", "Penetapan");
    assertThat(text(robot, "#plenary-message")).contains("ditetapkan");
  }

  private void createTheSigningKey(FxRobot robot) {
    robot.clickOn("#nav-keys");
    waitUntil(() -> labels(robot, "#keys-facts").contains("Belum ada kunci"));
    robot.clickOn("#keys-create");
    robot.clickOn("#passphrase-0").write(PASSPHRASE);
    robot.clickOn("#passphrase-1").write(PASSPHRASE);
    robot.clickOn("#passphrase-ok");
    waitUntil(() -> text(robot, "#keys-message").startsWith("Kunci dibuat"));
    assertThat(labels(robot, "#keys-facts"))
        .anyMatch(l -> l.contains("CN=KPU KEPULAUAN SERIBU"))
        .contains("kabkota 3101 pemilu-2024");
  }

  private void exportASignedPdf(FxRobot robot) throws Exception {
    robot.clickOn("#nav-reports");
    robot.clickOn("#report-sign");
    robot.clickOn("#report-export");
    // the form is a DRAFT: signing it needs the confirmation (issue 13)
    robot.clickOn("#draft-confirm-ok");
    robot.clickOn("#passphrase-0").write(PASSPHRASE);
    robot.clickOn("#passphrase-ok");
    waitUntil(() -> text(robot, "#report-message").startsWith("Tertulis"));
    Workspace ws = window.workspace();
    Path pdf = ws.folder().resolve("laporan").resolve("d-hasil-kabkota-ppwp-3101-draft.pdf");
    assertThat(text(robot, "#report-message")).contains(pdf.toString(), "DRAF", "Ditandatangani");
    assertThat(robot.lookup("#report-preview").queryAs(ImageView.class).getImage()).isNotNull();
    var cert = ws.keys().certificate(PASSPHRASE.toCharArray()).orElseThrow();
    VerifyFile.Result verdict = VerifyFile.run(pdf, TrustPolicy.of(List.of(cert)));
    assertThat(verdict.kind()).isEqualTo(VerifyFile.Kind.PDF);
    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.valid()).as(verdict.problems().toString()).isTrue();
    assertThat(verdict.signer().orElseThrow().regionCode()).isEqualTo("3101");
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
    waitUntil(() -> text(robot, "#projector-title").contains("KEPULAUAN SERIBU"));
    assertThat(text(robot, "#projector-position")).startsWith("Tempat 1 dari 3");
    robot.clickOn("#projector-title").type(KeyCode.PAGE_DOWN);
    waitUntil(() -> text(robot, "#projector-title").startsWith("Kecamatan"));
    robot.type(KeyCode.PAGE_UP);
    waitUntil(() -> text(robot, "#projector-title").contains("per kecamatan"));
    ListView<?> findings = robot.lookup("#projector-findings").queryListView();
    assertThat(findings.getItems()).isNotEmpty();
    robot.type(KeyCode.ESCAPE);
  }

  private String focusedId() {
    Node focused = stage.getScene().getFocusOwner();
    return focused == null || focused.getId() == null ? "" : focused.getId();
  }

  private static TextField field(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(TextField.class);
  }

  /** Puts a path into a text field at once (typing it key by key adds nothing to the test). */
  private static void fill(FxRobot robot, String query, String value) {
    TextField f = field(robot, query);
    robot.interact(() -> f.setText(value));
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
