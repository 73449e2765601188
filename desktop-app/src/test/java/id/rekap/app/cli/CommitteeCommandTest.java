package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee that signs the forms is set once by the chair and printed on every report. */
class CommitteeCommandTest {
  @TempDir Path tmp;

  @Test
  void theChairSetsTheCommitteeAndTheFormsPrintIt() throws Exception {
    Path ws = tmp.resolve("ws");
    CliRun chair =
        new CliRun(tmp.resolve("home")).env("REKAP_PASSWORD", id.rekap.core.demo.DemoData.PASSWORD);
    assertThat(chair.run("--workspace", ws.toString(), "demo", "--no-gui").status()).isZero();
    var demo = chair.run("--workspace", ws.toString(), "committee");
    assertThat(demo.out()).contains("1. Ketua", "Contoh Ketua KPU");

    var byOperator =
        chair.run(
            "--workspace",
            ws.toString(),
            "--user",
            "ani",
            "committee",
            "set",
            "--member",
            "Ketua=X");
    assertThat(byOperator.status()).isEqualTo(3);
    var malformed =
        chair.run(
            "--workspace", ws.toString(), "--user", "ketua", "committee", "set", "--member", "X");
    assertThat(malformed.status()).isEqualTo(2);

    var set =
        chair.run(
            "--workspace",
            ws.toString(),
            "--user",
            "ketua",
            "committee",
            "set",
            "--member",
            "Ketua=Siti Rahmawati",
            "--member",
            "Anggota=Bambang Sutrisno");
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(chair.run("--workspace", ws.toString(), "committee").out())
        .contains("1. Ketua", "Siti Rahmawati", "2. Anggota", "Bambang Sutrisno")
        .doesNotContain("Contoh");

    Path pdf = tmp.resolve("d-hasil.pdf");
    var report =
        chair.run(
            "--workspace",
            ws.toString(),
            "report",
            "--contest",
            "ppwp",
            "--form",
            "d-hasil",
            "--format",
            "pdf",
            "--out",
            pdf.toString());
    assertThat(report.status()).as(report.err()).isZero();
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Siti Rahmawati", "Bambang Sutrisno");
    }
  }
}
