package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, requirement 6: the key file uses a modern PBKDF2 iteration count for its key and its
 * MAC, is readable by its owner only, and a file written the old way (10,000 iterations) still
 * opens.
 */
class KeyFileTest {
  @TempDir Path tmp;

  private static final char[] PASS = "frasa-sandi-panjang".toCharArray();

  @Test
  void aNewKeyFileUsesSixHundredThousandIterationsAndIsTheOwnersOnly() throws Exception {
    Path p12 = tmp.resolve("keys/signing.p12");
    SigningKey.create(p12, PASS, TestKeys.PPK, TestKeys.CLOCK);

    Pfx pfx = Pfx.getInstance(Files.readAllBytes(p12));
    assertThat(pfx.getMacData().getIterationCount().intValue()).isEqualTo(600_000);
    assertThat(keyIterations(pfx)).isEqualTo(600_000);
    assertThat(SigningKey.load(p12, PASS).certificate().getSubjectX500Principal().getName())
        .contains("L=310101");
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12.getParent())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void aKeyFileWrittenWithTheOldIterationCountStillOpens() throws Exception {
    SigningKey key = TestKeys.ppk();
    KeyStore old = KeyStore.getInstance("PKCS12");
    old.load(null, null);
    old.setKeyEntry("rekap", key.privateKey(), PASS, key.chain());
    Path p12 = tmp.resolve("lama.p12");
    try (OutputStream out = Files.newOutputStream(p12)) {
      // the JDK's defaults of the earlier versions: 10,000 iterations
      old.setEntry(
          "rekap",
          new KeyStore.PrivateKeyEntry(key.privateKey(), key.chain()),
          new KeyStore.PasswordProtection(
              PASS,
              "PBEWithHmacSHA256AndAES_256",
              new javax.crypto.spec.PBEParameterSpec(new byte[16], 10_000)));
      old.store(out, PASS);
    }
    assertThat(keyIterations(Pfx.getInstance(Files.readAllBytes(p12)))).isEqualTo(10_000);
    assertThat(SigningKey.load(p12, PASS).certificate()).isEqualTo(key.certificate());
  }

  /** The PBKDF2 iteration count of the (one) shrouded key bag. */
  private static int keyIterations(Pfx pfx) {
    ContentInfo auth = pfx.getAuthSafe();
    ASN1Sequence safes =
        ASN1Sequence.getInstance(ASN1OctetString.getInstance(auth.getContent()).getOctets());
    for (var s : safes) {
      ContentInfo ci = ContentInfo.getInstance(s);
      if (!ci.getContentType().equals(PKCSObjectIdentifiers.data)) {
        continue;
      }
      ASN1Sequence bags =
          ASN1Sequence.getInstance(ASN1OctetString.getInstance(ci.getContent()).getOctets());
      for (var b : bags) {
        SafeBag bag = SafeBag.getInstance(b);
        if (bag.getBagId().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
          var epki = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
          var pbes2 = PBES2Parameters.getInstance(epki.getEncryptionAlgorithm().getParameters());
          return PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters())
              .getIterationCount()
              .intValue();
        }
      }
    }
    throw new AssertionError("no shrouded key bag");
  }
}
