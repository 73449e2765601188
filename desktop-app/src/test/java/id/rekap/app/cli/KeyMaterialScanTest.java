package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Acceptance of issue 6: after signing a PDF, an XLSX and a package (logs at TRACE), no private key
 * material is in any log line, in the command output, in the test's folders or in any file of the
 * temp folder written during the run: neither the PKCS#8 bytes nor their Base64 or hex.
 */
class KeyMaterialScanTest {
  static final String PASSPHRASE = "frasa-sandi-kunci-rahasia";
  static final long MAX_SCANNED_FILE = 64L << 20;
  @TempDir Path tmp;

  @Test
  void noPrivateKeyMaterialAnywhereAfterSigning() throws Exception {
    Instant start = Instant.now().minusSeconds(2);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level level = root.getLevel();
    // everything goes to the list; the console would only drown the build output at TRACE
    var console = root.getAppender("STDERR");
    if (console != null) {
      root.detachAppender(console);
    }
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
    StringBuilder output = new StringBuilder();
    try {
      var cli = new CliRun(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", PASSPHRASE);
      String ws = tmp.resolve("ws").toString();
      for (String[] args :
          List.of(
              new String[] {"--workspace", ws, "demo", "--no-gui"},
              new String[] {"--workspace", ws, "keys", "init"},
              report(ws, "pdf"),
              report(ws, "xlsx"),
              new String[] {
                "--workspace", ws, "package", "export", "--out", tmp.resolve("p.rekap").toString()
              })) {
        var r = cli.run(args);
        output.append(r.out()).append(r.err());
        assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isZero();
      }
    } finally {
      root.detachAppender(appender);
      root.setLevel(level);
      if (console != null) {
        root.addAppender(console);
      }
    }
    List<byte[]> needles = needles(tmp.resolve("ws/keys/signing.p12"));
    StringBuilder logged = new StringBuilder(output);
    for (ILoggingEvent e : appender.list) {
      logged.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        logged.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
      }
    }
    assertThat(appender.list).as("TRACE logging was on").isNotEmpty();
    byte[] logBytes = logged.toString().getBytes(StandardCharsets.ISO_8859_1);
    assertThat(found(logBytes, needles)).as("key material in the logs").isFalse();
    assertThat(logged.toString()).doesNotContain(PASSPHRASE);
    List<Path> scanned = new ArrayList<>();
    List<Path> leaks = new ArrayList<>();
    scan(tmp, Instant.MIN, needles, scanned, leaks);
    scan(Path.of(System.getProperty("java.io.tmpdir")), start, needles, scanned, leaks);
    assertThat(scanned).as("files scanned").isNotEmpty();
    assertThat(leaks).as("files with key material").isEmpty();
  }

  private static String[] report(String ws, String format) {
    return new String[] {
      "--workspace",
      ws,
      "report",
      "--contest",
      "ppwp",
      "--form",
      "d-hasil",
      "--format",
      format,
      "--out",
      Path.of(ws).resolveSibling("form." + format).toString(),
      "--sign",
      "--sign-draft"
    };
  }

  /**
   * Slices of the PKCS#8 key raw, in Base64 (3-byte aligned, so any Base64 of it contains them) and
   * hex.
   */
  private static List<byte[]> needles(Path p12) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      store.load(in, PASSPHRASE.toCharArray());
    }
    PrivateKey key =
        (PrivateKey) store.getKey(store.aliases().nextElement(), PASSPHRASE.toCharArray());
    byte[] pkcs8 = key.getEncoded();
    // slices of the secret numbers only (the modulus is public: it is in every certificate)
    var rsa = (java.security.interfaces.RSAPrivateCrtKey) key;
    List<byte[]> out = new ArrayList<>();
    for (var secret : List.of(rsa.getPrivateExponent(), rsa.getPrimeP(), rsa.getPrimeQ())) {
      int at = indexOf(pkcs8, secret.toByteArray());
      assertThat(at).isPositive();
      int from = at + 8 + (3 - (at + 8) % 3) % 3;
      byte[] slice = Arrays.copyOfRange(pkcs8, from, from + 48);
      out.add(slice);
      out.add(Base64.getEncoder().encode(slice));
      out.add(HexFormat.of().formatHex(slice).getBytes(StandardCharsets.US_ASCII));
      out.add(HexFormat.of().withUpperCase().formatHex(slice).getBytes(StandardCharsets.US_ASCII));
    }
    return out;
  }

  private static void scan(
      Path dir, Instant since, List<byte[]> needles, List<Path> scanned, List<Path> leaks)
      throws IOException {
    try (Stream<Path> files = Files.walk(dir, 8, new FileVisitOption[0])) {
      files
          .filter(Files::isRegularFile)
          .filter(Files::isReadable)
          .forEach(
              f -> {
                try {
                  if (Files.size(f) > MAX_SCANNED_FILE
                      || Files.getLastModifiedTime(f).toInstant().isBefore(since)) {
                    return;
                  }
                  scanned.add(f);
                  if (found(Files.readAllBytes(f), needles)) {
                    leaks.add(f);
                  }
                } catch (IOException ignored) {
                  // a file of another process that went away or cannot be read: not ours
                }
              });
    } catch (java.io.UncheckedIOException ignored) {
      // a folder of another process that went away while walking
    }
  }

  private static boolean found(byte[] haystack, List<byte[]> needles) {
    return needles.stream().anyMatch(n -> indexOf(haystack, n) >= 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
