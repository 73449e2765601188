package id.rekap.core.exchange;

import id.rekap.core.common.RekapException;
import id.rekap.signing.CertificateTrust;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.SigningKey;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The look at a large package file before it is read into memory: its signer must be trusted.
 *
 * <p>Why: the import checks a package in memory (digests, the canonical layout, the entries), and a
 * kecamatan's package is a few MB. A file of hundreds of MB from a stranger (an upload to the
 * receiver, issue 15) would otherwise take that much heap only to be refused. A package in the
 * canonical layout begins with its manifest and the manifest's signature, so the first two entries,
 * streamed from the file with a small bound each, tell who signed it; only a package a trusted
 * sender signed is read whole and checked in full. Whatever fails here is refused with the same
 * message keys the full check uses.
 */
final class PackagePreflight {
  /** Files up to this size are read whole at once: the full check names their faults exactly. */
  static final long READ_WHOLE = 8L << 20;

  /** The most a manifest or its signature may take (a manifest of 1,000 entries is ~100 kB). */
  static final int HEAD_ENTRY = 4 << 20;

  private PackagePreflight() {}

  /**
   * Refuses the file unless its first entries are a manifest and its signature, intact, by a signer
   * the trust list accepts; reads no more of the file than those two entries.
   *
   * @param name how messages name the package
   */
  static void requireTrustedSigner(
      Path file, Object name, List<X509Certificate> trusted, Instant now) {
    byte[] manifest;
    byte[] signature;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        ZipInputStream zip = new ZipInputStream(raw)) {
      manifest = entry(zip, ExportPackage.MANIFEST, name);
      signature = entry(zip, ExportPackage.SIGNATURE, name);
    } catch (IOException | IllegalArgumentException e) {
      throw RekapException.badInput("package.error.zip", name, e.getMessage());
    }
    var verification = CmsSignature.verify(manifest, signature);
    if (!verification.intact() || verification.signer().isEmpty()) {
      throw RekapException.badInput("package.error.signature", name, verification.problem());
    }
    X509Certificate cert = verification.signer().get();
    CertificateTrust.Decision trust =
        new CertificateTrust(trusted)
            .decide(
                cert, CmsSignature.certificates(signature), verification.signedAt().orElse(now));
    if (!trust.trusted()) {
      throw RekapException.badInput(
          "package.error.untrusted",
          name,
          cert.getSubjectX500Principal().getName(),
          SigningKey.fingerprint(cert));
    }
  }

  /** The next entry, which must be the one named, read up to {@link #HEAD_ENTRY} bytes. */
  private static byte[] entry(ZipInputStream zip, String expected, Object name) throws IOException {
    ZipEntry e = zip.getNextEntry();
    if (e == null) {
      throw RekapException.badInput(
          ExportPackage.MANIFEST.equals(expected)
              ? "package.error.notPackage"
              : "package.error.unsigned",
          name);
    }
    if (!expected.equals(e.getName())) {
      // a canonical package begins with these two; the entry found instead is named
      throw RekapException.badInput("package.error.layout", name, e.getName());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    int n;
    while ((n = zip.read(chunk)) > 0) {
      if (out.size() + n > HEAD_ENTRY) {
        throw RekapException.badInput("package.error.size", name, expected, HEAD_ENTRY);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }
}
