package id.rekap.core.exchange;

import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real workspaces for package tests, built the way users build them: PPK workspaces of a Kepulauan
 * Seribu kecamatan (init, the real region list, the real Sirekap files, keys init), and a kab/kota
 * 3101 workspace with a chair who manages the trust list. Plus tools to craft hostile packages:
 * unpack, change entries, re-hash and re-sign with a key.
 */
final class PackageFixtures {
  static final char[] PASSPHRASE = "frasa-sandi-ppk-uji".toCharArray();

  private PackageFixtures() {}

  /** A PPK workspace of one kecamatan of 3101 with the real PPWP results and a signing key. */
  static Workspace ppk(Path folder, String kecamatan) {
    Workspace ws = ppkWithoutKey(folder, kecamatan);
    ws.keys().init(Workspaces.CLERK, PASSPHRASE);
    return ws;
  }

  /** The same PPK workspace before any key (for keys import). */
  static Workspace ppkWithoutKey(Path folder, String kecamatan) {
    Path files = Workspaces.demoFiles();
    Workspace ws =
        Workspaces.create(
            folder, WorkspaceLevel.KECAMATAN, kecamatan, files.resolve(DemoData.ELECTION));
    ws.importRegions(Workspaces.CLERK, List.of(files.resolve(DemoData.REGIONS)));
    Workspaces.importFiles(ws, files.resolve(DemoData.RESULTS));
    return ws;
  }

  static SigningKey key(Workspace ws) {
    return SigningKey.load(ws.keys().file(), PASSPHRASE);
  }

  static Path export(Workspace ws, Path out, String reason) {
    ws.exportPackage().run(Workspaces.CLERK, key(ws), reason, out, "test");
    return out;
  }

  /** A kab/kota 3101 workspace with the real region list, an admin and a chair. */
  static Workspace kabkota(Path folder) {
    Workspace ws = Workspaces.regionsOnly(folder);
    PlenaryUsers.person(ws, PlenaryUsers.admin(ws), "ketua", Role.CHAIR);
    return ws;
  }

  static User chair(Workspace ws) {
    return ws.users().login("ketua", PlenaryUsers.PASSWORD.toCharArray());
  }

  static Path pem(X509Certificate cert, Path out) {
    try {
      String b64 =
          java.util.Base64.getMimeEncoder(
                  64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
              .encodeToString(cert.getEncoded());
      Files.writeString(
          out, "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
      return out;
    } catch (IOException | java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void trust(Workspace kab, X509Certificate cert, Path dir) {
    Path file = pem(cert, dir.resolve(SigningKey.fingerprint(cert).substring(0, 8) + ".pem"));
    kab.trust().add(chair(kab), file, "uji");
  }

  /** The entries of a package, in ZIP order. */
  static Map<String, byte[]> entries(Path pkg) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(pkg)))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Path write(Path out, Map<String, byte[]> entries) {
    try {
      Files.write(out, PackageZip.zip(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The entries written as a hostile sender would: DEFLATE-compressed, which Rekap never writes
   * (its packages use the canonical STORED layout), so a zip bomb can be built.
   */
  static Path deflated(Path out, Map<String, byte[]> entries) {
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
      zip.setLevel(9);
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A package re-made by the holder of a key: entries changed, the manifest edited, every hash
   * recomputed and the manifest signed again, so only the content checks can catch it.
   */
  @SuppressWarnings("unchecked")
  static Path resign(
      Path pkg,
      Path out,
      SigningKey key,
      UnaryOperator<Map<String, byte[]>> change,
      UnaryOperator<Map<String, Object>> manifestChange) {
    Map<String, byte[]> entries = new TreeMap<>(entries(pkg));
    entries.remove(ExportPackage.MANIFEST);
    entries.remove(ExportPackage.SIGNATURE);
    entries = new TreeMap<>(change.apply(entries));
    Map<String, Object> manifest;
    try {
      manifest =
          Json.mapper().readValue(entries(pkg).get(ExportPackage.MANIFEST), LinkedHashMap.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> hashes = new TreeMap<>();
    entries.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
    manifest.put("entries", hashes);
    manifest = manifestChange.apply(manifest);
    byte[] m = Json.canonicalOrdered(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(ExportPackage.MANIFEST, m);
    all.put(ExportPackage.SIGNATURE, CmsSignature.sign(m, key, TestClock.FIXED));
    all.putAll(entries);
    return write(out, all);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> map, String key) {
    return (Map<String, Object>) map.get(key);
  }

  static String text(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
