package id.rekap.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import javax.crypto.spec.PBEParameterSpec;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A workspace's signing key and certificate, kept in a PKCS#12 file protected by a passphrase. The
 * private key stays in memory only while signing; it is never written anywhere else.
 */
public final class SigningKey {
  private static final String ALIAS = "rekap";

  /**
   * PBKDF2-HMAC-SHA256 iterations for the key's encryption and the file's MAC (OWASP's 2023 figure;
   * the JDK's default is 10,000). Files written with fewer still open: the count is in the file.
   */
  static final int PBKDF2_ITERATIONS = 600_000;

  static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
  static final Duration VALIDITY = Duration.ofDays(2 * 365);

  private final PrivateKey privateKey;
  private final X509Certificate[] chain;

  private SigningKey(PrivateKey privateKey, X509Certificate[] chain) {
    this.privateKey = privateKey;
    this.chain = chain.clone();
  }

  /** Creates an RSA-3072 key and a self-signed certificate for the centre, saved atomically. */
  public static SigningKey create(Path p12, char[] passphrase, TallyCentre centre, Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      Date from = Date.from(clock.instant());
      Date to = Date.from(clock.instant().plus(VALIDITY));
      BigInteger serial = new BigInteger(64, new SecureRandom());
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              centre.subject(), serial, from, to, centre.subject(), pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      SigningKey key = new SigningKey(pair.getPrivate(), new X509Certificate[] {cert});
      key.save(p12, passphrase);
      return key;
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot create the signing key", e);
    }
  }

  /** Loads the key; a wrong passphrase or a damaged file is an {@link IllegalArgumentException}. */
  public static SigningKey load(Path p12, char[] passphrase) {
    try (InputStream in = Files.newInputStream(p12)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, passphrase);
      String alias = keyAlias(store);
      PrivateKey key = (PrivateKey) store.getKey(alias, passphrase);
      var certs = store.getCertificateChain(alias);
      X509Certificate[] chain = new X509Certificate[certs.length];
      for (int i = 0; i < certs.length; i++) {
        chain[i] = (X509Certificate) certs[i];
      }
      return new SigningKey(key, chain);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot open the key file (wrong passphrase or damaged file)", e);
    }
  }

  /** The first entry holding a private key (a CA's file may also hold trusted certificates). */
  private static String keyAlias(KeyStore store) throws GeneralSecurityException {
    for (var aliases = store.aliases(); aliases.hasMoreElements(); ) {
      String alias = aliases.nextElement();
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new java.security.KeyStoreException("no private key in the file");
  }

  /** True when the key is RSA, the only kind {@link CmsSignature} signs with. */
  public boolean isRsa() {
    return "RSA".equals(privateKey.getAlgorithm());
  }

  /** True when the private key belongs to the certificate (a test signature verifies). */
  public boolean keyMatchesCertificate() {
    try {
      byte[] challenge = "rekap key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.security.Signature s = java.security.Signature.getInstance("SHA256withRSA");
      s.initSign(privateKey);
      s.update(challenge);
      byte[] sig = s.sign();
      java.security.Signature v = java.security.Signature.getInstance("SHA256withRSA");
      v.initVerify(certificate().getPublicKey());
      v.update(challenge);
      return v.verify(sig);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Why the certificate chain in the file is incomplete or broken, or empty when each certificate
   * is signed by the next and the last is a self-signed root.
   */
  public java.util.Optional<String> chainProblem() {
    for (int i = 0; i < chain.length; i++) {
      X509Certificate cert = chain[i];
      boolean last = i == chain.length - 1;
      X509Certificate issuer = last ? cert : chain[i + 1];
      if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        return java.util.Optional.of(
            last
                ? "the chain ends at "
                    + cert.getSubjectX500Principal().getName()
                    + ", whose issuer "
                    + cert.getIssuerX500Principal().getName()
                    + " is not in the file"
                : "certificate " + (i + 1) + " is not issued by the next one in the file");
      }
      try {
        cert.verify(issuer.getPublicKey());
      } catch (GeneralSecurityException e) {
        return java.util.Optional.of(
            "the signature on " + cert.getSubjectX500Principal().getName() + " does not verify");
      }
    }
    return java.util.Optional.empty();
  }

  /** Saves the key and its chain under a (new) passphrase, atomically; never over a file. */
  public void saveAs(Path p12, char[] passphrase) {
    try {
      save(p12, passphrase);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot save the signing key", e);
    }
  }

  private void save(Path p12, char[] passphrase) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    store.setEntry(
        ALIAS,
        new KeyStore.PrivateKeyEntry(privateKey, chain),
        new KeyStore.PasswordProtection(
            passphrase, KEY_PROTECTION, new PBEParameterSpec(salt, PBKDF2_ITERATIONS)));
    Path folder = p12.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    ownerOnly(folder);
    // created owner-only (rw-------) by createTempFile, then moved into place
    Path temp = Files.createTempFile(folder, ".key", ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      storeWithStrongMac(store, out, passphrase);
    }
    Files.move(temp, p12, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The file's integrity MAC is derived from the passphrase too, so a guesser could try passphrases
   * against it instead of the key: it gets the same iteration count. The JDK takes that count from
   * a security property only (read at each store); an administrator's own setting is left alone.
   */
  private static void storeWithStrongMac(KeyStore store, OutputStream out, char[] passphrase)
      throws IOException, GeneralSecurityException {
    String property = "keystore.pkcs12.macIterationCount";
    synchronized (SigningKey.class) {
      if (java.security.Security.getProperty(property) == null
          && System.getProperty(property) == null) {
        java.security.Security.setProperty(property, String.valueOf(PBKDF2_ITERATIONS));
      }
    }
    store.store(out, passphrase);
  }

  /** The key folder is the owner's only (POSIX; elsewhere the profile's ACL protects it). */
  private static void ownerOnly(Path folder) {
    try {
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(
            folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // a folder of another owner: the file itself is still created rw-------
    }
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  /**
   * The JCA signature algorithm for this key: SHA-256 with RSA, or with ECDSA for a CA-issued EC
   * key.
   */
  String signatureAlgorithm() {
    return privateKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
  }

  public X509Certificate certificate() {
    return chain[0];
  }

  public X509Certificate[] chain() {
    return chain.clone();
  }

  /** SHA-256 of the certificate, the way people compare certificates by eye. */
  public static String fingerprint(X509Certificate cert) {
    try {
      return HexFormat.ofDelimiter(":")
          .withUpperCase()
          .formatHex(Sha256.newDigest().digest(cert.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
