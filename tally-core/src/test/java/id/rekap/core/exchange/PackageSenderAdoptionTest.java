package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.bytes;
import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.resign;
import static id.rekap.core.exchange.PackageFixtures.text;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static id.rekap.core.store.generated.Tables.PACKAGE_IN_ADOPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.adoption.Adoptions;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.audit.StateDifference;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, the dashboard's "adopted at PPK": on a real PPK workspace of Kepulauan Seribu Selatan,
 * the adoptions in force at the PPK travel in its signed package and are kept at the kab/kota with
 * that package version, bound to the audit chain; the package in force decides what the kab/kota
 * sees, and an adoptions entry of an unknown shape refuses the package, changing nothing.
 */
class PackageSenderAdoptionTest {
  static final ContestCode PPWP = ContestCode.PPWP;
  static final String KEC = PackageConflictAdoptionTest.KEC;

  @TempDir Path tmp;

  @Test
  void whatThePpkAdoptedIsKeptWithItsPackageAndBound() {
    Path kabFolder = tmp.resolve("kab-3101");
    PackageFixtures.kabkota(kabFolder).close();
    try (Workspace ppk = ppk(tmp.resolve("ppk-" + KEC), KEC);
        Workspace kab = Workspace.open(kabFolder, PackageConflictAdoptionTest.ticking())) {
      trust(kab, key(ppk).certificate(), tmp);

      // package 1: nothing adopted at the PPK yet
      kab.importPackage().run(Workspaces.CLERK, export(ppk, tmp.resolve("1.rekap"), null));
      long first = current(kab).id();
      assertThat(kab.importPackage().senderAdoptions(first)).isEmpty();
      assertThat(kab.importPackage().adoptedAtSenders()).isEmpty();

      // the PPK's plenary adopts its kecamatan; package 2 carries it
      adopt(ppk);
      kab.importPackage()
          .run(Workspaces.CLERK, export(ppk, tmp.resolve("2.rekap"), "penetapan pleno PPK"));
      long second = current(kab).id();

      assertThat(kab.importPackage().adoptedAtSenders()).isEqualTo(Map.of(KEC, Set.of(PPWP)));
      var atPpk =
          ppk.adoptions().list().stream()
              .filter(AdoptionRepository.Adopted::inForce)
              .map(
                  a ->
                      new SenderAdoptions.Adopted(
                          a.contest(), a.code(), a.digest(), a.by(), a.at()))
              .toList();
      assertThat(atPpk).extracting(SenderAdoptions.Adopted::code).contains(KEC);
      assertThat(kab.importPackage().senderAdoptions(second))
          .containsExactlyInAnyOrderElementsOf(atPpk);
      // the superseded package keeps its own (empty) record: history, as package_in keeps it
      assertThat(kab.importPackage().senderAdoptions(first)).isEmpty();
      // what was adopted at the PPK is not an adoption here
      assertThat(kab.adoptions().isAdopted(PPWP, KEC)).isFalse();
      assertThat(kab.verifyAudit().run().ok()).isTrue();

      // the kecamatan's row changed in the file by SQL is named by the verification
      WorkspaceInternals.database(kab)
          .dsl()
          .update(PACKAGE_IN_ADOPTION)
          .set(PACKAGE_IN_ADOPTION.ADOPTED_BY, "orang lain")
          .where(PACKAGE_IN_ADOPTION.PACKAGE_ID.eq(second))
          .and(PACKAGE_IN_ADOPTION.CODE.eq(KEC))
          .execute();
      assertThat(kab.verifyAudit().run().differences())
          .containsExactly(
              new StateDifference(
                  "package_in_adoption", second + "|ppwp|" + KEC, StateDifference.Kind.CHANGED));
    }
  }

  @Test
  void aWithdrawnPackageNoLongerSaysAdopted() {
    Path kabFolder = tmp.resolve("kab-3101");
    PackageFixtures.kabkota(kabFolder).close();
    try (Workspace ppk = ppk(tmp.resolve("ppk-" + KEC), KEC);
        Workspace kab = Workspace.open(kabFolder, PackageConflictAdoptionTest.ticking())) {
      trust(kab, key(ppk).certificate(), tmp);
      adopt(ppk);
      kab.importPackage().run(Workspaces.CLERK, export(ppk, tmp.resolve("1.rekap"), null));
      assertThat(kab.importPackage().adoptedAtSenders()).isEqualTo(Map.of(KEC, Set.of(PPWP)));

      kab.withdrawPackage().run(PackageFixtures.chair(kab), KEC, 1, "salah kirim");

      assertThat(kab.importPackage().adoptedAtSenders()).isEmpty();
      // the withdrawn package keeps its record, as its package_in row is kept
      assertThat(kab.importPackage().senderAdoptions(1)).isNotEmpty();
      assertThat(kab.verifyAudit().run().ok()).isTrue();
    }
  }

  @Test
  void anAdoptionsEntryOfAnUnknownShapeIsRefusedChangingNothing() {
    Path kabFolder = tmp.resolve("kab-3101");
    PackageFixtures.kabkota(kabFolder).close();
    try (Workspace ppk = ppk(tmp.resolve("ppk-" + KEC), KEC);
        Workspace kab = Workspace.open(kabFolder, PackageConflictAdoptionTest.ticking())) {
      trust(kab, key(ppk).certificate(), tmp);
      adopt(ppk);
      Path good = export(ppk, tmp.resolve("good.rekap"), null);

      refused(kab, changed(ppk, good, "shape", s -> "{\"penetapan\":[]}"), "shape");
      refused(
          kab,
          changed(ppk, good, "outside", s -> s.replace("\"" + KEC + "\"", "\"310101\"")),
          "item");
      refused(kab, changed(ppk, good, "contest", s -> s.replace("\"PPWP\"", "\"XYZ\"")), "item");
      refused(
          kab,
          changed(
              ppk, good, "digest", s -> s.replaceFirst("\"digest\":\"[0-9a-f]+\"", "\"digest\":7")),
          "item");
      refused(kab, changed(ppk, good, "json", s -> s + "{"), null);

      // the unchanged package is taken, with its adoptions
      kab.importPackage().run(Workspaces.CLERK, good);
      assertThat(kab.importPackage().adoptedAtSenders()).isEqualTo(Map.of(KEC, Set.of(PPWP)));
    }
  }

  private static void adopt(Workspace ppk) {
    // a PPK adopts desa by desa (ruling on the TPS with real ERROR findings), then its kecamatan
    User chair = ppkChair(ppk);
    for (PlanItem desa : ppk.adoptions().preview(PPWP, KEC, Map.of()).items()) {
      if (desa.code().length() == 10) {
        Map<String, String> rulings = new HashMap<>();
        PackageConflictAdoptionTest.RULINGS.forEach(
            (tps, text) -> {
              if (tps.startsWith(desa.code())) {
                rulings.put(tps, text);
              }
            });
        ppk.adoptions()
            .decide(
                chair, new Adoptions.Request(PPWP, desa.code(), "Pleno PPK", rulings, false, null));
      }
    }
    var decided =
        ppk.adoptions()
            .decide(chair, new Adoptions.Request(PPWP, KEC, "Pleno PPK", Map.of(), false, null));
    assertThat(decided.plan().complete()).isTrue();
  }

  private Path changed(Workspace ppk, Path good, String name, UnaryOperator<String> change) {
    return resign(
        good,
        tmp.resolve(name + ".rekap"),
        key(ppk),
        e -> {
          Map<String, byte[]> out = new HashMap<>(e);
          out.put(SenderAdoptions.ENTRY, bytes(change.apply(text(e.get(SenderAdoptions.ENTRY)))));
          return out;
        },
        m -> m);
  }

  /** Refused with the adoptions message of that kind (or as not JSON), the store unchanged. */
  private static void refused(Workspace kab, Path pkg, String kind) {
    String key = kind == null ? "package.error.json" : "package.error.adoptions." + kind;
    var before = StoreDump.of(kab);
    assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, pkg))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.key()).as(e.getMessage()).isEqualTo(key);
              assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
              assertThat(e.localized(Messages.INDONESIAN))
                  .doesNotContain(key)
                  .contains(pkg.getFileName().toString())
                  .contains(SenderAdoptions.ENTRY);
              assertThat(e.localized(Locale.ENGLISH)).doesNotContain(key);
            });
    assertThat(StoreDump.of(kab)).as("store unchanged").isEqualTo(before);
  }

  private static ReceivedPackage current(Workspace kab) {
    return kab.importPackage().list().stream()
        .filter(ReceivedPackage::current)
        .findFirst()
        .orElseThrow();
  }

  private static User ppkChair(Workspace ppk) {
    var admin = PlenaryUsers.admin(ppk);
    return PlenaryUsers.person(ppk, admin, "ketua", Role.CHAIR);
  }
}
