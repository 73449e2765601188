package id.rekap.core.support;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority, standing in for BSrE: a self-signed root, optionally an
 * intermediate CA, and end-entity certificates it issues, written as PKCS#12 files the way a CA
 * hands them out (key, certificate and chain).
 */
public final class TestCa {
  private static final Instant FROM = TestClock.FIXED.instant().minus(Duration.ofDays(30));
  private static final Instant TO = TestClock.FIXED.instant().plus(Duration.ofDays(3 * 365));

  private final KeyPair keys;
  private final X509Certificate certificate;
  private final X509Certificate[] chain;

  private TestCa(KeyPair keys, X509Certificate certificate, X509Certificate[] chain) {
    this.keys = keys;
    this.certificate = certificate;
    this.chain = chain;
  }

  /** A self-signed root CA. */
  public static TestCa root(String name) {
    KeyPair k = rsa();
    X509Certificate cert = build(new X500Name(name), new X500Name(name), k, k.getPrivate(), true);
    return new TestCa(k, cert, new X509Certificate[] {cert});
  }

  /** An intermediate CA issued by this one. */
  public TestCa intermediate(String name) {
    KeyPair k = rsa();
    X509Certificate cert = build(new X500Name(name), issuerName(), k, keys.getPrivate(), true);
    X509Certificate[] c = new X509Certificate[chain.length + 1];
    c[0] = cert;
    System.arraycopy(chain, 0, c, 1, chain.length);
    return new TestCa(k, cert, c);
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** An end-entity certificate for the subject, with its key. */
  public Issued issue(String subject) {
    KeyPair k = rsa();
    X509Certificate cert = build(new X500Name(subject), issuerName(), k, keys.getPrivate(), false);
    X509Certificate[] c = new X509Certificate[chain.length + 1];
    c[0] = cert;
    System.arraycopy(chain, 0, c, 1, chain.length);
    return new Issued(k.getPrivate(), c);
  }

  /** An issued key and its chain (end entity first). */
  public record Issued(PrivateKey key, X509Certificate[] chain) {
    public X509Certificate certificate() {
      return chain[0];
    }

    /** Writes a PKCS#12 with the given chain (pass fewer certificates for an incomplete one). */
    public Path p12(Path out, char[] passphrase, X509Certificate... chainToWrite) {
      return write(out, passphrase, key, chainToWrite.length == 0 ? chain : chainToWrite);
    }
  }

  public static Path write(
      Path out, char[] passphrase, PrivateKey key, X509Certificate... chainToWrite) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("issued", key, passphrase, chainToWrite);
      try (OutputStream o = Files.newOutputStream(out)) {
        store.store(o, passphrase);
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private X500Name issuerName() {
    return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate build(
      X500Name subject, X500Name issuer, KeyPair subjectKeys, PrivateKey signer, boolean ca) {
    try {
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(System.nanoTime()),
              Date.from(FROM),
              Date.from(TO),
              subject,
              subjectKeys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              ca
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
