package id.rekap.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.signing.CanonicalZip;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.TrustPolicy;
import id.rekap.signing.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a recap package without trusting it: bounded unpacking (entry count, sizes, names), the
 * manifest's CMS signature, and the SHA-256 of every entry against the manifest, with no entry
 * missing or added. Trust in the signer is a separate question: the caller passes the certificates
 * it trusts.
 */
public final class VerifyPackage {
  static final int MAX_ENTRIES = 1000;
  static final long MAX_ENTRY_BYTES = 256L << 20;
  static final long MAX_TOTAL_BYTES = 1L << 30;
  static final long MAX_FILE_BYTES = 512L << 20;

  private VerifyPackage() {}

  /** What the check found; {@code problems} is empty when the package is intact and signed. */
  public record Result(
      Optional<TallyCentre> signer,
      Optional<X509Certificate> certificate,
      Optional<Instant> signedAt,
      Optional<JsonNode> manifest,
      boolean trusted,
      List<String> problems) {
    public boolean valid() {
      return problems.isEmpty() && trusted;
    }
  }

  public static Result run(Path file, List<X509Certificate> trusted) {
    return run(file, TrustPolicy.of(trusted));
  }

  public static Result run(Path file, TrustPolicy trust) {
    return run(read(file), file, trust);
  }

  /**
   * Checks a package held in memory.
   *
   * @param file how to name the package in messages
   */
  public static Result run(byte[] bytes, Object file, TrustPolicy trust) {
    Map<String, byte[]> entries = unpack(bytes, file);
    List<String> problems = new ArrayList<>();
    // The manifest and its signature cover the entries' contents; the container itself must be in
    // the canonical layout so that not even its bookkeeping bytes can change unnoticed.
    try {
      CanonicalZip.read(bytes);
    } catch (UnreadableFileException e) {
      problems.add(e.getMessage());
    }
    byte[] manifest = entries.get(ExportPackage.MANIFEST);
    byte[] signature = entries.get(ExportPackage.SIGNATURE);
    if (manifest == null || signature == null) {
      throw RekapException.badInput("package.error.notPackage", file);
    }
    var verification = CmsSignature.verify(manifest, signature);
    if (!verification.intact()) {
      problems.add("signature: " + verification.problem());
    }
    JsonNode m;
    try {
      m = Json.mapper().readTree(manifest);
    } catch (IOException e) {
      throw RekapException.badInput("package.error.manifest", file, e.getMessage());
    }
    if (!ExportPackage.FORMAT.equals(m.path("format").asText())) {
      throw RekapException.badInput("package.error.manifest", file, "format");
    }
    Map<String, String> declared = new LinkedHashMap<>();
    m.path("entries").properties().forEach(e -> declared.put(e.getKey(), e.getValue().asText()));
    TreeSet<String> present = new TreeSet<>(entries.keySet());
    present.remove(ExportPackage.MANIFEST);
    present.remove(ExportPackage.SIGNATURE);
    for (var e : declared.entrySet()) {
      byte[] content = entries.get(e.getKey());
      if (content == null) {
        problems.add("missing: " + e.getKey());
      } else if (!Sha256.hex(content).equals(e.getValue())) {
        problems.add("altered: " + e.getKey());
      }
      present.remove(e.getKey());
    }
    present.forEach(extra -> problems.add("not in the manifest: " + extra));
    Optional<X509Certificate> cert = verification.signer();
    boolean isTrusted =
        cert.isPresent()
            && trust.trusts(
                cert.get(),
                verification.certificates(),
                verification.signedAt().orElseGet(Instant::now));
    Optional<TallyCentre> centre = cert.map(TallyCentre::of);
    return new Result(
        centre, cert, verification.signedAt(), Optional.of(m), isTrusted, List.copyOf(problems));
  }

  /** The file's bytes, refused when larger than any package may be. */
  public static byte[] read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw RekapException.badInput(
            "input.error.tooLarge", file, Files.size(file), MAX_FILE_BYTES);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw RekapException.badInput("input.error.unreadable", file, e.getMessage());
    }
  }

  /** Unpacks with limits: a hostile ZIP (bomb, path traversal, thousands of entries) is refused. */
  static Map<String, byte[]> unpack(byte[] bytes, Object file) {
    try {
      Map<String, byte[]> out = new LinkedHashMap<>();
      long total = 0;
      try (InputStream in = new ByteArrayInputStream(bytes);
          ZipInputStream zip = new ZipInputStream(in)) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          String name = e.getName();
          if (out.size() >= MAX_ENTRIES) {
            throw RekapException.badInput("package.error.entries", file, MAX_ENTRIES);
          }
          if (name.startsWith("/")
              || name.contains("..")
              || name.contains("\\")
              || name.contains(":")
              || e.isDirectory()
              || out.containsKey(name)) {
            throw RekapException.badInput("package.error.name", file, name);
          }
          ByteArrayOutputStream buf = new ByteArrayOutputStream();
          byte[] chunk = new byte[64 * 1024];
          int n;
          while ((n = zip.read(chunk)) > 0) {
            total += n;
            if (buf.size() + n > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
              throw RekapException.badInput("package.error.size", file, name);
            }
            buf.write(chunk, 0, n);
          }
          out.put(name, buf.toByteArray());
        }
      }
      if (out.isEmpty()) {
        throw RekapException.badInput("package.error.notPackage", file);
      }
      return out;
    } catch (IOException | IllegalArgumentException e) {
      throw RekapException.badInput("package.error.zip", file, e.getMessage());
    }
  }
}
