package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.bytes;
import static id.rekap.core.exchange.PackageFixtures.child;
import static id.rekap.core.exchange.PackageFixtures.entries;
import static id.rekap.core.exchange.PackageFixtures.resign;
import static id.rekap.core.exchange.PackageFixtures.text;
import static id.rekap.core.exchange.PackageFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestCa;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 4: every way a package can be wrong is refused with its own message, and the
 * kab/kota store does not change (the whole database dump is compared). Hostile packages are made
 * by hand, and where the attacker would hold a key, re-hashed and re-signed, so that only the
 * content checks can catch them. Plus R22: a package whose declared totals differ from its rows is
 * imported with an ERROR finding.
 */
class PackageImportRefusalTest {
  @TempDir static Path tmp;
  private static Workspace ppk;
  private static Workspace kab;
  private static SigningKey sender;
  private static Path good;
  private static String electionId;

  @BeforeAll
  static void workspaces() {
    ppk = PackageFixtures.ppk(tmp.resolve("ppk-310101"), "310101");
    kab = PackageFixtures.kabkota(tmp.resolve("kab-3101"));
    sender = PackageFixtures.key(ppk);
    good = PackageFixtures.export(ppk, tmp.resolve("310101-1.rekap"), null);
    PackageFixtures.trust(kab, sender.certificate(), tmp);
    electionId = kab.election().id();
  }

  @AfterAll
  static void close() {
    ppk.close();
    kab.close();
  }

  @Test
  void aTamperedEntryIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.put(
        "results.json",
        bytes(text(e.get("results.json")).replaceFirst("\"valid\":\\d+", "\"valid\":1")));
    refused(write(tmp.resolve("tampered.rekap"), e), "package.error.altered");
  }

  @Test
  void anUnsignedPackageIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.remove(ExportPackage.SIGNATURE);
    refused(write(tmp.resolve("unsigned.rekap"), e), "package.error.unsigned");
  }

  @Test
  void aSignatureThatDoesNotMatchTheManifestIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.put(
        ExportPackage.MANIFEST,
        bytes(text(e.get(ExportPackage.MANIFEST)).replace("\"sequence\":1", "\"sequence\":9")));
    refused(write(tmp.resolve("badsig.rekap"), e), "package.error.signature");
  }

  @Test
  void anUntrustedSignerIsRefused() {
    SigningKey stranger =
        key("stranger", new TallyCentre("PPK X", "kecamatan", "310101", electionId));
    refused(resign("untrusted", stranger, e -> e, m -> m), "package.error.untrusted");
  }

  @Test
  void aSenderOfAnotherLevelIsRefused() {
    SigningKey kabkota = trusted("kab", new TallyCentre("KPU X", "kabkota", "3101", electionId));
    refused(
        resign("level", kabkota, e -> e, m -> sender(m, "kabkota", "3101")),
        "package.error.senderLevel");
  }

  @Test
  void aKecamatanOutsideThisKabupatenIsRefused() {
    SigningKey other =
        trusted("other", new TallyCentre("PPK Y", "kecamatan", "317101", electionId));
    refused(
        resign("region", other, e -> e, m -> sender(m, "kecamatan", "317101")),
        "package.error.region");
    SigningKey unknown =
        trusted("unknown", new TallyCentre("PPK Z", "kecamatan", "310199", electionId));
    refused(
        resign("region2", unknown, e -> e, m -> sender(m, "kecamatan", "310199")),
        "package.error.region");
  }

  @Test
  void aManifestSenderOtherThanTheCertificateIsRefused() {
    refused(
        resign("mismatch", sender, e -> e, m -> sender(m, "kecamatan", "310102")),
        "package.error.senderMismatch");
  }

  @Test
  void anotherElectionIsRefused() {
    SigningKey other =
        trusted("election", new TallyCentre("PPK X", "kecamatan", "310101", "pilkada-2024"));
    refused(
        resign(
            "election",
            other,
            e -> e,
            m -> {
              child(m, "election").put("id", "pilkada-2024");
              return m;
            }),
        "package.error.election");
  }

  @Test
  void anotherModeIsRefused() {
    refused(
        resign(
            "mode",
            sender,
            e -> e,
            m -> {
              child(m, "election").put("mode", "test");
              return m;
            }),
        "package.error.mode");
  }

  @Test
  void aDamagedZipIsRefused() throws IOException {
    refused(Files.writeString(tmp.resolve("text.rekap"), "bukan zip"), "package.error.zip");
    byte[] all = Files.readAllBytes(good);
    refused(
        Files.write(tmp.resolve("truncated.rekap"), Arrays.copyOf(all, all.length / 2)),
        "package.error.zip");
  }

  @Test
  void aPathTraversalNameIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.put("../../.bashrc", bytes("echo owned"));
    refused(write(tmp.resolve("traversal.rekap"), e), "package.error.name");
  }

  @Test
  void anOversizedEntryIsRefused() {
    var small = new PackageUnzip.Limits(1000, 4096, 1L << 30, 512L << 20, 400, 8L << 20);
    refused(kab.importPackage().withLimits(small), good, "package.error.size");
  }

  @Test
  void aZipBombIsRefusedWhileInflating() {
    Path bomb =
        resign(
            "bomb",
            sender,
            e -> {
              e.put("findings.json", new byte[64 << 20]);
              return e;
            },
            m -> m);
    refused(
        PackageFixtures.deflated(tmp.resolve("bomb-deflated.rekap"), entries(bomb)),
        "package.error.bomb");
  }

  @Test
  void anEntryNotInTheManifestIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.put("extra.json", bytes("{}"));
    refused(write(tmp.resolve("extra.rekap"), e), "package.error.extraEntry");
  }

  @Test
  void aMissingEntryIsRefused() {
    Map<String, byte[]> e = entries(good);
    e.remove("findings.json");
    refused(write(tmp.resolve("missing.rekap"), e), "package.error.missingEntry");
  }

  @Test
  void malformedRowsAreRefusedNamingTheRow() {
    refused(
        rows("tps", s -> s.replaceFirst("\"3101011001001\"", "\"3101021001001\"")),
        "package.error.row.tps");
    refused(
        rows("contest", s -> s.replaceFirst("\"contest\":\"ppwp\"", "\"contest\":\"pdpr\"")),
        "package.error.row.contest");
    refused(
        rows("negative", s -> s.replaceFirst("\"choices.1\":\\d+", "\"choices.1\":-5")),
        "package.error.row.value");
    refused(
        rows("huge", s -> s.replaceFirst("\"valid\":\\d+", "\"valid\":100000")),
        "package.error.row.value");
    refused(
        rows("field", s -> s.replaceFirst("\"choices.1\":", "\"choices.9\":")),
        "package.error.row.field");
    refused(
        rows("source", s -> s.replaceFirst("\"source\":\"sirekap\"", "\"source\":\"tebakan\"")),
        "package.error.row.source");
    refused(rows("json", s -> s.substring(0, s.length() / 2)), "package.error.json");
  }

  @Test
  void aPpkWorkspaceDoesNotImportPackages() {
    var before = StoreDump.of(ppk);
    assertThatThrownBy(() -> ppk.importPackage().run(Workspaces.CLERK, good))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("package.error.receiver"));
    assertThat(StoreDump.of(ppk)).isEqualTo(before);
  }

  @Test
  void aCaIssuedCertificateWithoutTheCentreNeedsTheCertificateItselfOnTheList() throws IOException {
    TestCa bsre = TestCa.root("CN=Uji BSrE Root,O=Uji,C=ID");
    var issued = bsre.issue("CN=Ketua PPK Kepulauan Seribu Utara,O=KPU,L=Jakarta,C=ID");
    char[] pass = "frasa-sandi-ca".toCharArray();
    SigningKey person = SigningKey.load(issued.p12(tmp.resolve("person.p12"), pass), pass);
    PackageFixtures.trust(kab, bsre.certificate(), tmp);
    Path pkg = resign("person", person, e -> e, m -> m);
    refused(pkg, "package.error.signerIdentity");
  }

  @Test
  void aDeclaredTotalThatDiffersFromTheRowsIsImportedWithAnR22Error() throws IOException {
    try (Workspace fresh = PackageFixtures.kabkota(tmp.resolve("kab-r22"))) {
      PackageFixtures.trust(fresh, sender.certificate(), tmp.resolve("kab-r22"));
      Path pkg =
          resign(
              "r22",
              sender,
              e -> {
                String agg = text(e.get("aggregates/ppwp-kecamatan.json"));
                e.put(
                    "aggregates/ppwp-kecamatan.json",
                    bytes(agg.replaceFirst("\"valid\":(\\d+)", "\"valid\":7")));
                return e;
              },
              m -> m);
      var outcome = fresh.importPackage().run(Workspaces.CLERK, pkg);
      assertThat(outcome.status()).isEqualTo(ImportPackage.Status.IMPORTED);
      assertThat(outcome.discrepancies()).hasSize(1);
      var r22 =
          fresh.check().run().findings().stream().filter(f -> f.rule().equals("R22")).toList();
      assertThat(r22).hasSize(1);
      Finding f = r22.getFirst();
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo("310101");
      assertThat(f.contest().id()).isEqualTo("ppwp");
      assertThat(f.values().get("fields")).isEqualTo(java.util.List.of("valid"));
      assertThat(f.message(Messages.INDONESIAN)).contains("310101").contains("valid 7");
      assertThat(f.message(Locale.ENGLISH)).contains("kecamatan 310101").contains("declared");
      assertThat(fresh.importPackage().list().getFirst().discrepancies()).hasSize(1);
    }
  }

  // --- helpers ---

  private static void refused(Path pkg, String key) {
    refused(kab.importPackage(), pkg, key);
  }

  private static void refused(ImportPackage useCase, Path pkg, String key) {
    var before = StoreDump.of(kab);
    assertThatThrownBy(() -> useCase.run(Workspaces.CLERK, pkg))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.key()).as(e.getMessage()).isEqualTo(key);
              assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
              assertThat(e.localized(Messages.INDONESIAN))
                  .doesNotContain(key)
                  .contains(pkg.getFileName().toString());
              assertThat(e.localized(Locale.ENGLISH)).doesNotContain(key);
            });
    assertThat(StoreDump.of(kab)).as("store unchanged").isEqualTo(before);
  }

  private static Path resign(
      String name,
      SigningKey key,
      UnaryOperator<Map<String, byte[]>> change,
      UnaryOperator<Map<String, Object>> manifest) {
    return PackageFixtures.resign(good, tmp.resolve(name + ".rekap"), key, change, manifest);
  }

  private static Path rows(String name, UnaryOperator<String> change) {
    return resign(
        "rows-" + name,
        sender,
        e -> {
          e.put("results.json", bytes(change.apply(text(e.get("results.json")))));
          return e;
        },
        m -> m);
  }

  private static Map<String, Object> sender(Map<String, Object> m, String level, String region) {
    Map<String, Object> s = new LinkedHashMap<>(child(m, "sender"));
    s.put("level", level);
    s.put("region", region);
    m.put("sender", s);
    return m;
  }

  private static SigningKey key(String name, TallyCentre centre) {
    return SigningKey.create(
        tmp.resolve("keys-" + name + ".p12"),
        "frasa-sandi-uji".toCharArray(),
        centre,
        TestClock.FIXED);
  }

  private static SigningKey trusted(String name, TallyCentre centre) {
    SigningKey k = key(name, centre);
    PackageFixtures.trust(kab, k.certificate(), tmp);
    return k;
  }
}
