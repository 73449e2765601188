package id.rekap.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rekap.core.support.TestClock;
import id.rekap.signing.TlsContexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 4 (large bodies): the receiver runs in a JVM of its own with a small heap
 * and takes four large uploads at once. Bodies are streamed to temporary files, never held in
 * memory: they are refused (not a package), with no OutOfMemoryError, the resident memory stays
 * bounded, and nothing is left on disk. The full size (4 x 250 MB under -Xmx512m) is tagged slow;
 * the normal build runs 4 x 48 MB under -Xmx128m, which would not fit in that heap either, and 4 x
 * 250 MB declared against the standard 64 MB limit.
 */
class ReceiverMemoryTest {
  @TempDir Path tmp;

  @Test
  void fourBodiesLargerThanTheHeapAreStreamedAndRefused() throws Exception {
    run(128, 64L << 20, 48L << 20);
  }

  @Tag("slow")
  @Test
  void fourBodiesOfTwoHundredFiftyMegabytesUnderAFiveHundredTwelveMegabyteHeap() throws Exception {
    run(512, 256L << 20, 250L << 20);
  }

  private void run(int heapMb, long maxBytes, long bodyBytes) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs /proc to read memory");
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + spool,
                "-cp",
                System.getProperty("java.class.path"),
                ReceiverChild.class.getName(),
                tmp.toString(),
                String.valueOf(maxBytes))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    List<String> said = new ArrayList<>();
    int port = -1;
    try {
      String line;
      while ((line = out.readLine()) != null) {
        said.add(line);
        if (line.startsWith("PORT ")) {
          port = Integer.parseInt(line.substring(5));
          break;
        }
      }
      assertThat(port).as(String.join("\n", said)).isPositive();
      X509Certificate pin =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(Files.newInputStream(tmp.resolve("kab.der")));
      int p = port;
      List<Integer> statuses = new ArrayList<>();
      ExecutorService senders = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          boolean zip = i % 2 == 0;
          uploads.add(() -> upload(p, pin, bodyBytes, bodyBytes, zip));
        }
        for (Future<Integer> f : senders.invokeAll(uploads, 15, TimeUnit.MINUTES)) {
          statuses.add(f.get());
        }
        // and four that declare 250 MB against the standard limit, refused before their body
        if (maxBytes < (250L << 20)) {
          for (int i = 0; i < 4; i++) {
            statuses.add(upload(p, pin, 250L << 20, 0, true));
          }
        }
      } finally {
        senders.shutdownNow();
      }
      long peakKb = peakResidentKb(child.pid());
      assertThat(statuses.subList(0, 4))
          .as("streamed, then refused: not a ZIP (400) or not a package (422)")
          .containsOnly(400, 422);
      if (statuses.size() > 4) {
        assertThat(statuses.subList(4, 8)).containsOnly(413);
      }
      assertThat(peakKb / 1024)
          .as("peak resident memory, MB, of a JVM with a %d MB heap", heapMb)
          .isLessThan(heapMb + 448L);
    } finally {
      child.getOutputStream().close();
    }
    String line;
    while ((line = out.readLine()) != null) {
      said.add(line);
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(String.join("\n", said)).isZero();
    assertThat(said).noneMatch(l -> l.contains("OutOfMemoryError"));
    assertThat(said).contains("AUDIT 1");
    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .as("no spooled body left behind")
          .noneMatch(n -> n.startsWith("rekap-terima-"));
    }
  }

  /**
   * Sends one upload: the head with the declared length, then {@code send} bytes made on the fly
   * (starting as a ZIP or not), and reads the status the receiver answers.
   */
  private static int upload(int port, X509Certificate pin, long declared, long send, boolean zip)
      throws IOException {
    try (SSLSocket s =
        (SSLSocket)
            TlsContexts.pinned(pin, TestClock.FIXED)
                .getSocketFactory()
                .createSocket("127.0.0.1", port)) {
      s.setSoTimeout(300_000);
      OutputStream o = s.getOutputStream();
      o.write(
          ("POST /rekap/v1/packages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                  + declared
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      if (zip) {
        chunk[0] = 'P';
        chunk[1] = 'K';
        chunk[2] = 3;
        chunk[3] = 4;
      }
      for (long left = send; left > 0; left -= chunk.length) {
        o.write(chunk, 0, (int) Math.min(chunk.length, left));
        chunk[0] = 'x';
      }
      o.flush();
      InputStream in = s.getInputStream();
      StringBuilder status = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        status.append((char) c);
      }
      return Integer.parseInt(status.toString().split(" ")[1]);
    }
  }

  /** VmHWM: the most resident memory the process ever had, in kB. */
  private static long peakResidentKb(long pid) throws IOException {
    for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (l.startsWith("VmHWM:")) {
        return Long.parseLong(l.replaceAll("\\D", ""));
      }
    }
    throw new IOException("no VmHWM");
  }
}
