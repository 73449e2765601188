package id.rekap.app.gui.start;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.Texts;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start screen and the create wizard without the toolkit: the national region list found by
 * name or code, the recent list, every page checked before the next, and a created workspace
 * holding its admin, committee and master data.
 */
class WizardViewModelTest {
  @TempDir Path tmp;
  private final List<Workspace> opened = new ArrayList<>();
  private final List<String> users = new ArrayList<>();

  private StartContext context() {
    return new StartContext(
        new DirectJobs(),
        new SimpleObjectProperty<>(new Texts(Locale.of("id", "ID"))),
        Clock.systemUTC(),
        new Recents(tmp.resolve("config/recent")),
        tmp.resolve("demo"),
        (ws, user) -> {
          opened.add(ws);
          users.add(user);
        });
  }

  @Test
  void theRegionIsFoundByNameOrCodeAtTheChosenLevel() {
    RegionDirectory d = RegionDirectory.bundled();
    assertThat(d.size()).isGreaterThan(7000);
    assertThat(d.search("kepulauan seribu", WorkspaceLevel.KABKOTA, 10))
        .extracting(RegionDirectory.Entry::code)
        .containsExactly("3101");
    assertThat(d.search("31.01", WorkspaceLevel.KECAMATAN, 10))
        .extracting(RegionDirectory.Entry::code)
        .containsExactly("310101", "310102");
    var utara = d.search("seribu utara", WorkspaceLevel.KECAMATAN, 10);
    assertThat(utara).hasSize(1);
    assertThat(utara.getFirst().label())
        .isEqualTo("31.01.01 · KEPULAUAN SERIBU UTARA (KEPULAUAN SERIBU)");
    assertThat(d.search("bogor", WorkspaceLevel.KABKOTA, 10))
        .extracting(RegionDirectory.Entry::code)
        .contains("3201", "3271");
  }

  @Test
  void recentWorkspacesAreRememberedNewestFirstAndForgotten() {
    Recents r = new Recents(tmp.resolve("cfg/recent"));
    assertThat(r.list()).isEmpty();
    for (int i = 0; i < 10; i++) {
      r.remember(tmp.resolve("ws" + i));
    }
    r.remember(tmp.resolve("ws3"));
    assertThat(r.list()).hasSize(Recents.KEEP).startsWith(tmp.resolve("ws3"), tmp.resolve("ws9"));
    r.forget(tmp.resolve("ws3"));
    assertThat(r.list()).doesNotContain(tmp.resolve("ws3"));
  }

  @Test
  void theStartScreenNamesWorkspacesAndTakesDeadOnesOff() {
    Recents r = new Recents(tmp.resolve("config/recent"));
    Workspace ws = id.rekap.app.gui.Demo.create(tmp.resolve("ppk"));
    try {
      r.remember(tmp.resolve("moved-away"));
      r.remember(ws);
    } finally {
      ws.close();
    }
    StartViewModel start = new StartViewModel(context());
    assertThat(start.recents()).hasSize(2);
    Recents.Entry live = start.recents().getFirst();
    assertThat(start.exists(live)).isTrue();
    assertThat(start.title(live)).isEqualTo(ws.info().name());
    assertThat(start.detail(live)).isEqualTo("KPU Kabupaten/Kota · 31.01 KEPULAUAN SERIBU");
    Recents.Entry dead = start.recents().get(1);
    assertThat(start.exists(dead)).isFalse();
    assertThat(start.title(dead)).isEqualTo("moved-away");
    assertThat(start.detail(dead)).contains("tidak lagi berisi ruang kerja");
    assertThat(start.anyMissing()).isTrue();
    start.forgetMissing();
    assertThat(start.recents()).extracting(Recents.Entry::folder).containsExactly(live.folder());
    assertThat(start.anyMissing()).isFalse();
    // a line of an earlier version (the folder alone) still reads
    assertThat(new Recents(tmp.resolve("config/recent")).list()).containsExactly(live.folder());
  }

  @Test
  void everyPageIsCheckedBeforeTheNext() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    assertThat(w.next()).isFalse();
    assertThat(w.message().get()).contains("Pilih wilayah");
    w.level().set(WorkspaceLevel.KABKOTA);
    w.query().set("3101");
    assertThat(w.region().get().code()).as("one match is chosen").isEqualTo("3101");
    assertThat(w.name().get()).isEqualTo("KPU KEPULAUAN SERIBU");
    assertThat(w.folder().get()).isEqualTo(tmp.resolve("rekap-3101"));
    Files.createDirectories(tmp.resolve("used"));
    Files.writeString(tmp.resolve("used/x.txt"), "x");
    w.folder().set(tmp.resolve("used"));
    assertThat(w.next()).isFalse();
    assertThat(w.message().get()).contains("sudah berisi");
    w.folder().set(tmp.resolve("ws"));
    assertThat(w.next()).isTrue();
    assertThat(w.step().get()).isEqualTo(WizardViewModel.Step.STORE);
    assertThat(w.store().get())
        .as("the file on this PC by default")
        .isEqualTo(WizardViewModel.Store.FILE);
    assertThat(w.next()).isTrue();
    assertThat(w.step().get()).isEqualTo(WizardViewModel.Step.ELECTION);
    assertThat(w.next()).isFalse();
    w.electionFile().set(data.resolve(DemoData.ELECTION));
    assertThat(w.electionSummary().get()).contains("pemilu-2024", "1 kontestasi");
    assertThat(w.next()).isTrue();
    w.committee().set("Ketua tanpa nama");
    assertThat(w.next()).isFalse();
    w.committee().set("Ketua=Siti Aminah\nAnggota=Budi Santoso\n");
    assertThat(w.next()).isTrue();
    w.admin().set("admin");
    w.password().set("rahasia-admin");
    w.repeat().set("rahasia-lain");
    assertThat(w.next()).isFalse();
    assertThat(w.message().get()).contains("tidak sama");
    w.repeat().set("rahasia-admin");
    assertThat(w.next()).as("a trivial password").isFalse();
    assertThat(w.message().get()).contains("nama pengguna");
    w.password().set("gerbang-uji-91");
    w.repeat().set("gerbang-uji-91");
    assertThat(w.next()).isTrue();
    assertThat(w.last()).isTrue();
    w.back();
    assertThat(w.step().get()).isEqualTo(WizardViewModel.Step.ADMIN);
  }

  @Test
  void theElectionIsBuiltFromSirekapsCandidateMasterForTheChosenRegion() throws Exception {
    Path paslon = tmp.resolve("paslon");
    id.rekap.core.support.Fixtures.copy("sirekap-paslon/pilkada/pkwkp.json", paslon);
    id.rekap.core.support.Fixtures.copy("sirekap-paslon/pilkada/pkwkk.json", paslon);
    Path folder = paslon.resolve("sirekap-paslon/pilkada");
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    w.sirekapMaster().set(folder);
    w.electionFromSirekap();
    assertThat(w.message().get()).contains("Pilih wilayah");
    w.level().set(WorkspaceLevel.KABKOTA);
    w.query().set("3101");
    assertThat(w.next()).isTrue();
    assertThat(w.next()).isTrue();
    w.electionFromSirekap();
    assertThat(w.electionFile().get()).isEqualTo(folder.resolve("rekap-pemilu-3101.json"));
    assertThat(w.electionSummary().get()).contains("pilkada-2024", "1 kontestasi");
    assertThat(w.next()).isTrue();
    assertThat(w.step().get()).isEqualTo(WizardViewModel.Step.COMMITTEE);
  }

  @Test
  void createMakesTheWorkspaceWithItsAdminCommitteeAndRegionsAndOpensIt() {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    w.level().set(WorkspaceLevel.KABKOTA);
    w.query().set("kepulauan seribu");
    w.electionFile().set(data.resolve(DemoData.ELECTION));
    w.committee().set("Ketua=Siti Aminah\nAnggota=Budi Santoso");
    w.password().set("gerbang-uji-91");
    w.repeat().set("gerbang-uji-91");
    w.regionFiles().add(data.resolve(DemoData.REGIONS));
    w.create();
    assertThat(w.message().get()).isEmpty();
    assertThat(opened).hasSize(1);
    assertThat(users).containsExactly("admin");
    try (Workspace ws = opened.getFirst()) {
      assertThat(ws.folder()).isEqualTo(tmp.resolve("rekap-3101"));
      assertThat(ws.info().region().value()).isEqualTo("3101");
      assertThat(ws.info().name()).isEqualTo("KPU KEPULAUAN SERIBU");
      assertThat(ws.users().login("admin", "gerbang-uji-91".toCharArray()).name())
          .isEqualTo("admin");
      assertThat(ws.committee().members()).hasSize(2);
      assertThat(ws.regionTree().tpsCount()).isEqualTo(88);
      assertThat(new Recents(tmp.resolve("config/recent")).list()).containsExactly(ws.folder());
    }
  }

  @Test
  void theProvinceIsALevelToChoose() {
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    w.level().set(WorkspaceLevel.PROVINSI);
    w.query().set("31");
    assertThat(w.region().get().code()).isEqualTo("31");
    assertThat(w.name().get()).isEqualTo("KPU DKI JAKARTA");
    assertThat(w.folder().get()).isEqualTo(tmp.resolve("rekap-31"));
  }

  @Test
  void aServerStoreIsCheckedAsInitChecksItsUrl() {
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    w.query().set("310101");
    assertThat(w.next()).isTrue();
    w.store().set(WizardViewModel.Store.SERVER);
    w.dbPort().set("lima");
    assertThat(w.next()).isFalse();
    assertThat(w.message().get()).contains("postgresql://localhost:lima/rekap");
    w.dbPort().set("5432");
    w.dbUser().set("operator rekap");
    assertThat(w.next()).isFalse();
    assertThat(w.message().get()).contains("Akun basis data");
    w.dbUser().set("rekap");
    assertThat(w.next()).as("no password").isFalse();
    assertThat(w.message().get()).contains("kata sandi");
    w.dbPassword().set("sandi-server-uji");
    w.dbSchema().set("ppk_310101");
    assertThat(w.next()).isTrue();
    assertThat(w.serverUrl()).isEqualTo("postgresql://localhost:5432/rekap?schema=ppk_310101");
    w.store().set(WizardViewModel.Store.FILE);
    assertThat(w.serverUrl()).isNull();
  }

  /** In the PostgreSQL test run: the wizard creates the workspace on the server, as init does. */
  @Test
  void createOnAServerKeepsThePasswordOwnerOnlyAndOpens() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        id.rekap.core.support.TestStore.postgres(), "the PostgreSQL test run");
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    var server = id.rekap.core.support.TestStore.fresh(null);
    WizardViewModel w = new WizardViewModel(context(), RegionDirectory.bundled(), tmp);
    w.level().set(WorkspaceLevel.KABKOTA);
    w.query().set("kepulauan seribu");
    w.store().set(WizardViewModel.Store.SERVER);
    w.dbHost().set(server.host());
    w.dbPort().set(Integer.toString(server.port()));
    w.dbName().set(server.database());
    w.dbUser().set(server.user());
    w.dbPassword().set(id.rekap.core.support.TestStore.password());
    w.electionFile().set(data.resolve(DemoData.ELECTION));
    w.committee().set("Ketua=Siti Aminah");
    w.password().set("gerbang-uji-91");
    w.repeat().set("gerbang-uji-91");
    w.regionFiles().add(data.resolve(DemoData.REGIONS));
    w.create();
    assertThat(w.message().get()).isEmpty();
    assertThat(w.dbPassword().get()).as("not kept in memory").isEmpty();
    try (Workspace ws = opened.getFirst()) {
      assertThat(id.rekap.core.store.StoreLocation.read(ws.folder()).orElseThrow().database())
          .isEqualTo(server.database());
      Path secret = ws.folder().resolve(id.rekap.core.store.StoreLocation.PASSWORD_FILE);
      assertThat(Files.getPosixFilePermissions(secret))
          .containsExactlyInAnyOrder(
              java.nio.file.attribute.PosixFilePermission.OWNER_READ,
              java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      assertThat(Files.readString(ws.folder().resolve("store.properties")))
          .doesNotContain("password=");
      assertThat(ws.regionTree().tpsCount()).isEqualTo(88);
    }
  }

  @Test
  void theStartScreenOpensAFolderAndSaysWhenItIsNone() {
    StartViewModel start = new StartViewModel(context());
    start.open(tmp.resolve("nothing-here"));
    assertThat(start.message().get()).contains("tidak ada");
    assertThat(opened).isEmpty();
  }
}
