package id.rekap.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a package file larger than a kecamatan's package is read whole only once its first two
 * entries show a signer on the trust list; a stranger's, a damaged or a re-ordered one is refused
 * from those entries (the memory this saves is shown by {@link ReceiverMemoryTest}).
 */
class LargePackagePreflightTest {
  private static final int PADDING = (int) PackagePreflight.READ_WHOLE + (1 << 20);
  @TempDir static Path tmp;
  private static Workspace ppk;
  private static Workspace kab;
  private static SigningKey sender;
  private static Path good;

  @BeforeAll
  static void workspaces() {
    ppk = PackageFixtures.ppk(tmp.resolve("ppk-310101"), "310101");
    kab = PackageFixtures.kabkota(tmp.resolve("kab-3101"));
    sender = PackageFixtures.key(ppk);
    good = PackageFixtures.export(ppk, tmp.resolve("310101-1.rekap"), null);
    PackageFixtures.trust(kab, sender.certificate(), tmp);
  }

  @AfterAll
  static void close() {
    ppk.close();
    kab.close();
  }

  @Test
  void aLargePackageOfAStrangerIsRefusedAsUntrusted() {
    SigningKey stranger =
        SigningKey.create(
            tmp.resolve("keys-stranger.p12"),
            "frasa-sandi-uji".toCharArray(),
            new TallyCentre("PPK X", "kecamatan", "310101", kab.election().id()),
            TestClock.FIXED);
    refused(padded("stranger", stranger), "package.error.untrusted");
  }

  @Test
  void aLargeDamagedZipIsRefusedFromItsFirstBytes() throws IOException {
    Path junk = tmp.resolve("junk.rekap");
    try (OutputStream out = Files.newOutputStream(junk)) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      chunk[0] = 'P';
      chunk[1] = 'K';
      chunk[2] = 3;
      chunk[3] = 4;
      for (int i = 0; i < PADDING >> 20; i++) {
        out.write(chunk);
        chunk[0] = 'x';
      }
    }
    refused(junk, "package.error.zip");
  }

  @Test
  void aLargeZipThatDoesNotBeginWithTheManifestIsRefusedAsAlteredLayout() {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("lampiran.bin", new byte[PADDING]);
    e.putAll(PackageFixtures.entries(good));
    refused(PackageFixtures.write(tmp.resolve("reordered.rekap"), e), "package.error.layout");
  }

  @Test
  void aLargeZipWhoseSecondEntryIsNotTheSignatureIsRefusedAsAlteredLayout() {
    Map<String, byte[]> e = PackageFixtures.entries(good);
    e.remove(ExportPackage.SIGNATURE);
    e.put("lampiran.bin", new byte[PADDING]);
    refused(PackageFixtures.write(tmp.resolve("unsigned.rekap"), e), "package.error.layout");
  }

  @Test
  void aLargePackageOfATrustedSenderGoesOnToTheFullCheck() {
    Path pkg = padded("trusted", sender);
    assertThatCode(
            () ->
                PackagePreflight.requireTrustedSigner(
                    pkg, pkg, List.of(sender.certificate()), TestClock.FIXED.instant()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                PackagePreflight.requireTrustedSigner(
                    pkg, pkg, List.of(), TestClock.FIXED.instant()))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("package.error.untrusted"));
  }

  /** The package re-signed by {@code key} with an entry that makes it larger than a kecamatan's. */
  private static Path padded(String name, SigningKey key) {
    return PackageFixtures.resign(
        good,
        tmp.resolve(name + ".rekap"),
        key,
        e -> {
          e.put("lampiran.bin", new byte[PADDING]);
          return e;
        },
        m -> m);
  }

  private static void refused(Path pkg, String key) {
    var before = StoreDump.of(kab);
    assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, pkg))
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
}
