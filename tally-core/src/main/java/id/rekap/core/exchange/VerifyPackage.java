package id.rekap.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.signing.CanonicalZip;
import id.rekap.signing.CertificateTrust;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.TrustPolicy;
import id.rekap.signing.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a recap package without trusting it: bounded unpacking ({@link PackageUnzip}), the
 * manifest's CMS signature, and the SHA-256 of every entry against the manifest, with no entry
 * missing or added. Trust in the signer is decided by {@link CertificateTrust} over the
 * certificates the caller trusts (a centre's own, or a CA's).
 */
public final class VerifyPackage {
  /** The largest package file a reader accepts (docs/package-format.md): 512 MB. */
  public static final long LARGEST_FILE = 512L << 20;

  private VerifyPackage() {}

  /** What is wrong with the content (as opposed to the trust in its signer). */
  public enum IssueKind {
    SIGNATURE,
    LAYOUT,
    MISSING,
    ALTERED,
    EXTRA
  }

  public record Issue(IssueKind kind, String detail) {
    public String text() {
      return switch (kind) {
        case SIGNATURE -> "signature: " + detail;
        case LAYOUT -> "container: " + detail;
        case MISSING -> "missing: " + detail;
        case ALTERED -> "altered: " + detail;
        case EXTRA -> "not in the manifest: " + detail;
      };
    }
  }

  /** What the check found; {@code issues} is empty when the package is intact and signed. */
  public record Result(
      Optional<TallyCentre> signer,
      Optional<X509Certificate> certificate,
      Optional<Instant> signedAt,
      Optional<JsonNode> manifest,
      CertificateTrust.Decision trust,
      List<Issue> issues) {
    public boolean trusted() {
      return trust.trusted();
    }

    public List<String> problems() {
      return issues.stream().map(Issue::text).toList();
    }

    public boolean valid() {
      return issues.isEmpty() && trusted();
    }
  }

  /** A checked package: the result and the entries, for the import that follows. */
  record Checked(Result result, Map<String, byte[]> entries) {}

  public static Result run(Path file, List<X509Certificate> trusted) {
    return check(read(file, PackageUnzip.Limits.STANDARD), file, trusted, Instant.now(), null)
        .result();
  }

  public static Result run(Path file, TrustPolicy trust) {
    return run(read(file), file, trust);
  }

  /**
   * Checks a package held in memory.
   *
   * @param name how to name the package in messages
   */
  public static Result run(byte[] bytes, Object name, TrustPolicy trust) {
    return check(bytes, name, trust.certificates(), Instant.now(), null).result();
  }

  /** The file's bytes, refused when missing or larger than any package may be. */
  public static byte[] read(Path file) {
    return read(file, PackageUnzip.Limits.STANDARD);
  }

  /** The file's bytes, refusing a missing or oversized file before reading it. */
  static byte[] read(Path file, PackageUnzip.Limits limits) {
    if (!Files.isRegularFile(file)) {
      throw RekapException.badInput("input.error.missing", file);
    }
    // refuses an oversized file before reading it, and reads in chunks (no file-sized native
    // buffer)
    return id.rekap.core.common.JsonInput.readBounded(file, limits.fileBytes());
  }

  /**
   * @param now when the signer's certificate must be valid if the signature carries no signing time
   * @param limits the unpacking limits; null for the standard ones
   */
  static Checked check(
      byte[] zip,
      Object name,
      List<X509Certificate> trusted,
      Instant now,
      PackageUnzip.Limits limits) {
    Map<String, byte[]> entries =
        PackageUnzip.unpack(zip, name, limits == null ? PackageUnzip.Limits.STANDARD : limits);
    byte[] manifest = entries.get(ExportPackage.MANIFEST);
    byte[] signature = entries.get(ExportPackage.SIGNATURE);
    if (manifest == null) {
      throw RekapException.badInput("package.error.notPackage", name);
    }
    if (signature == null) {
      throw RekapException.badInput("package.error.unsigned", name);
    }
    List<Issue> issues = new ArrayList<>();
    // The manifest and its signature cover the entries' contents; the container itself must be in
    // the canonical layout so that not even its bookkeeping bytes can change unnoticed.
    try {
      CanonicalZip.check(zip);
    } catch (UnreadableFileException e) {
      issues.add(new Issue(IssueKind.LAYOUT, e.getMessage()));
    }
    var verification = CmsSignature.verify(manifest, signature);
    if (!verification.intact()) {
      issues.add(new Issue(IssueKind.SIGNATURE, verification.problem()));
    }
    JsonNode m;
    try {
      m = Json.mapper().readTree(manifest);
    } catch (IOException e) {
      throw RekapException.badInput("package.error.manifest", name, e.getMessage());
    }
    if (m == null || !ExportPackage.FORMAT.equals(m.path("format").asText())) {
      throw RekapException.badInput("package.error.manifest", name, "format");
    }
    Map<String, String> declared = new LinkedHashMap<>();
    m.path("entries").properties().forEach(e -> declared.put(e.getKey(), e.getValue().asText()));
    TreeSet<String> present = new TreeSet<>(entries.keySet());
    present.remove(ExportPackage.MANIFEST);
    present.remove(ExportPackage.SIGNATURE);
    for (var e : declared.entrySet()) {
      byte[] content = entries.get(e.getKey());
      if (content == null) {
        issues.add(new Issue(IssueKind.MISSING, e.getKey()));
      } else if (!Sha256.hex(content).equals(e.getValue())) {
        issues.add(new Issue(IssueKind.ALTERED, e.getKey()));
      }
      present.remove(e.getKey());
    }
    present.forEach(extra -> issues.add(new Issue(IssueKind.EXTRA, extra)));
    Optional<X509Certificate> cert = verification.signer();
    CertificateTrust.Decision trust =
        cert.map(
                c ->
                    new CertificateTrust(trusted)
                        .decide(
                            c,
                            CmsSignature.certificates(signature),
                            verification.signedAt().orElse(now)))
            .orElse(
                new CertificateTrust.Decision(
                    false, Optional.empty(), false, "no signer certificate"));
    Result result =
        new Result(
            cert.map(TallyCentre::of),
            cert,
            verification.signedAt(),
            Optional.of(m),
            trust,
            List.copyOf(issues));
    return new Checked(result, entries);
  }
}
