package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** poppler's pdfsig, a tool nobody at KPU controls, agrees that the signature is valid. */
class PdfsigTest {
  @TempDir Path dir;

  static String pdfsig(Path pdf) throws Exception {
    Process p =
        new ProcessBuilder(List.of("pdfsig", pdf.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static boolean installed() {
    return new File("/usr/bin/pdfsig").canExecute();
  }

  @Test
  void pdfsigReportsTheSignatureValid() throws Exception {
    assumeTrue(installed(), "pdfsig not installed: apt-get install poppler-utils");
    Path pdf = dir.resolve("signed.pdf");
    Files.write(pdf, PdfSignature.sign(TestPdfs.twoPages(), TestKeys.ppk(), TestKeys.CLOCK));
    String out = pdfsig(pdf);
    assertThat(out).contains("Signature Validation: Signature is Valid.");
    assertThat(out).contains("ETSI.CAdES.detached");
    assertThat(out).contains("Total document signed");
  }
}
