package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap plenary open|attend|close|list} and what the forms make of it: the berita acara with
 * place, date and attendance in local time, the D.Kejadian of the session with the witness's
 * participant and Panwaslu's recommendation, the blank D.Kejadian; bad input changes nothing.
 */
class PlenarySessionCommandTest {
  @TempDir Path tmp;

  private CliRun.Result run(String password, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = tmp.resolve("ws").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new CliRun(tmp.resolve("home")).env("REKAP_PASSWORD", password).run(all);
  }

  @Test
  void aSessionIsRecordedAndTheFormsPrintIt() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    CliAccounts.office(
        tmp.resolve("home"),
        tmp.resolve("ws"),
        "--level",
        "kabkota",
        "--region",
        "3101",
        "--election",
        data.resolve(DemoData.ELECTION).toString());
    var regions =
        run(
            CliAccounts.PASSWORD,
            "--user",
            "ketua",
            "regions",
            "import",
            data.resolve(DemoData.REGIONS).toString());
    assertThat(regions.status()).as(regions.err()).isZero();
    var open =
        run(
            CliAccounts.PASSWORD,
            "--user",
            "ketua",
            "plenary",
            "open",
            "--place",
            "Aula KPU Kabupaten Administrasi Kepulauan Seribu",
            "--at",
            "2024-02-20 09:00");
    assertThat(open.status()).as(open.err()).isZero();
    assertThat(open.out()).contains("nomor 1");
    // a witness of a participant the contest does not have: refused, nothing recorded
    var bad =
        run(
            CliAccounts.PASSWORD,
            "--user",
            "ani",
            "plenary",
            "attend",
            "--saksi",
            "ppwp:2=Budi Santoso",
            "--saksi",
            "ppwp:9=Tidak Ada");
    assertThat(bad.status()).isEqualTo(3);
    assertThat(bad.err()).contains("ppwp:9");
    assertThat(run("x", "plenary", "list").out()).doesNotContain("Budi Santoso");
    assertThat(run("x", "--user", "ani", "plenary", "attend", "--saksi", "ppwp2Budi").status())
        .isEqualTo(2);
    var attend =
        run(
            CliAccounts.PASSWORD,
            "--user",
            "ani",
            "plenary",
            "attend",
            "--member",
            "Ketua=Contoh Ketua KPU",
            "--saksi",
            "ppwp:2=Budi Santoso",
            "--panwaslu",
            "Nurul Hidayah");
    assertThat(attend.status()).as(attend.err()).isZero();
    var objection =
        run(
            CliAccounts.PASSWORD,
            "--user",
            "ani",
            "objection",
            "add",
            "--kind",
            "keberatan",
            "--contest",
            "ppwp",
            "--participant",
            "2",
            "--place",
            "3101011001001",
            "--by",
            "Budi Santoso",
            "--text",
            "Jumlah suara tidak cocok dengan C.Hasil salinan");
    assertThat(objection.status()).as(objection.err()).isZero();
    assertThat(
            run(
                    CliAccounts.PASSWORD,
                    "--user",
                    "ani",
                    "objection",
                    "recommend",
                    "1",
                    "--text",
                    "Dicocokkan dengan C.Hasil plano")
                .status())
        .isZero();
    assertThat(
            run(
                    CliAccounts.PASSWORD,
                    "--user",
                    "ketua",
                    "plenary",
                    "close",
                    "--at",
                    "2024-02-20 16:30")
                .status())
        .isZero();
    var list = run("x", "plenary", "list");
    assertThat(list.out())
        .contains("#1 2024-02-20 09:00 WIB - 2024-02-20 16:30 WIB")
        .contains("Budi Santoso", "Nurul Hidayah");

    Path hasil = tmp.resolve("hasil.pdf");
    assertThat(
            run(
                    "x",
                    "report",
                    "--contest",
                    "ppwp",
                    "--form",
                    "d-hasil",
                    "--format",
                    "pdf",
                    "--out",
                    hasil.toString())
                .status())
        .isZero();
    assertThat(text(hasil))
        .contains("Pada hari ini Selasa tanggal dua puluh bulan Februari")
        .contains("bertempat di Aula KPU Kabupaten Administrasi Kepulauan Seribu")
        .contains("dimulai pukul 09.00 WIB sampai dengan pukul 16.30 WIB");
    Path kejadian = tmp.resolve("kejadian.pdf");
    var k =
        run(
            "x",
            "report",
            "--form",
            "d-kejadian",
            "--session",
            "1",
            "--format",
            "pdf",
            "--out",
            kejadian.toString());
    assertThat(k.status()).as(k.err()).isZero();
    assertThat(text(kejadian))
        .contains("Budi Santoso, saksi Pasangan", "Calon nomor urut 2")
        .contains("Dicocokkan dengan C.Hasil", "plano")
        .contains("PPWP — Pasangan Calon nomor urut 2");
    assertThat(
            run(
                    "x",
                    "report",
                    "--form",
                    "d-kejadian",
                    "--session",
                    "7",
                    "--format",
                    "pdf",
                    "--out",
                    tmp.resolve("none.pdf").toString())
                .status())
        .isEqualTo(2);
    Path blank = tmp.resolve("blanko.pdf");
    assertThat(
            run(
                    "x",
                    "report",
                    "--form",
                    "d-kejadian",
                    "--blank",
                    "--format",
                    "pdf",
                    "--out",
                    blank.toString())
                .status())
        .isZero();
    assertThat(text(blank)).contains("BLANKO", "Saksi: ....");
    assertThat(
            run("x", "report", "--form", "d-hasil", "--format", "pdf", "--out", "x.pdf").status())
        .as("d-hasil needs its contest")
        .isEqualTo(2);
  }

  private static String text(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      return s.getText(doc).replaceAll("\\s+", " ");
    }
  }
}
