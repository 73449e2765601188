package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.Objections;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.Tps;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 4 of issue 16 on a real PPK workspace (Kec. Kepulauan Seribu Selatan, the real Sirekap
 * files): the attendance, place and date the plenary recorded appear in the berita acara and the
 * signature blocks of the D.Hasil; the adoption gives "Ditetapkan … pada tanggal …" in WIB; an
 * objection raised by a witness with Panwaslu's recommendation appears on the session's D.Kejadian
 * with the participant the witness represents.
 */
class PlenaryOnFormsTest {
  static final String SELATAN = "310102";

  @TempDir static Path dir;
  private static Workspace ws;
  private static long objection;

  /** Recording and adopting take a while (each TPS adoption runs the checks): done once. */
  @BeforeAll
  static void plenary() {
    ws = Workspaces.ppk(dir.resolve("ws"), SELATAN);
    var users = PlenaryUsers.add(ws);
    recordPlenary(ws, users.chair(), users.operator());
    objection = ws.objections().list("").getFirst().id();
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  /** The plenary of 20 Feb 2024 in Pulau Tidung, as the tests and the golden files know it. */
  static void recordPlenary(Workspace ws, User chair, User operator) {
    ws.committee()
        .set(
            chair,
            List.of(
                new CommitteeMember("Ketua", "Siti Rahmawati"),
                new CommitteeMember("Anggota", "Bambang Sutrisno"),
                new CommitteeMember("Anggota", "Dewi Lestari"),
                new CommitteeMember("Anggota", "Muhammad Yusuf"),
                new CommitteeMember("Anggota", "Rina Marlina")));
    var sessions = ws.sessions();
    sessions.open(
        chair,
        "Aula Kantor Kecamatan Kepulauan Seribu Selatan, Pulau Tidung",
        Instant.parse("2024-02-20T02:00:00Z"));
    sessions.attend(
        operator,
        List.of(
            Attendee.member("Ketua", "Siti Rahmawati"),
            Attendee.member("Anggota", "Bambang Sutrisno"),
            Attendee.member("Anggota", "Dewi Lestari"),
            Attendee.member("Anggota", "Muhammad Yusuf"),
            Attendee.saksi(ContestCode.PPWP, 1, "Ahmad Fauzi"),
            Attendee.saksi(ContestCode.PPWP, 2, "Budi Santoso"),
            Attendee.panwaslu("Nurul Hidayah")));
    long id =
        ws.objections()
            .record(
                operator,
                new Objections.Raised(
                    Objections.Kind.KEBERATAN,
                    ContestCode.PPWP,
                    2,
                    "3101021002004",
                    "Budi Santoso",
                    "Jumlah suara sah tidak sama dengan jumlah perolehan suara"));
    ws.objections().recommend(operator, id, "Dicocokkan dengan C.Hasil plano di hadapan saksi");
    ws.objections()
        .respond(chair, id, "Dicocokkan; angka Sirekap salah baca", Objections.Decision.ACCEPTED);
    ws.objections()
        .record(
            operator,
            Objections.Kind.KEJADIAN,
            null,
            SELATAN,
            "Ketua PPK",
            "Listrik padam selama tiga puluh menit");
    sessions.close(chair, Instant.parse("2024-02-20T10:00:00Z"));
    adoptAll(ws, chair);
  }

  /** Bottom-up adoption of the kecamatan: every TPS (with the plenary's decision), desa, itself. */
  static void adoptAll(Workspace ws, User chair) {
    var tree = ws.regionTree();
    for (Tps t : tree.allTps()) {
      ws.adoptions().adopt(chair, ContestCode.PPWP, t.code().value(), "ditetapkan dalam pleno");
    }
    for (Region desa : tree.regionsAt(RegionLevel.DESA)) {
      ws.adoptions().adopt(chair, ContestCode.PPWP, desa.code().value(), null);
    }
    ws.adoptions().adopt(chair, ContestCode.PPWP, SELATAN, null);
  }

  private FormDocument dHasil() {
    var reports = ws.reports();
    return reports.dHasil(
        ContestCode.PPWP,
        null,
        null,
        reports.settings(ContestCode.PPWP, null, List.of(), TestClock.FIXED, "0.1.0-test"));
  }

  @Test
  void theBeritaAcaraSaysWhenWhereAndWhoAndTheDateItWasAdopted() throws Exception {
    FormDocument doc = dHasil();
    assertThat(doc.marking()).isEqualTo(Marking.OFFICIAL);
    List<String> pages = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4));
    String text = String.join(" ", pages).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Pada hari ini Selasa tanggal dua puluh bulan Februari tahun dua ribu dua puluh empat"
                + " (20-02-2024), bertempat di Aula Kantor Kecamatan Kepulauan Seribu Selatan,"
                + " Pulau Tidung")
        .contains("dimulai pukul 09.00 WIB sampai dengan pukul 17.00 WIB")
        .contains(
            "dihadiri oleh 4 (empat) anggota PPK, 2 (dua) saksi peserta, dan Panwaslu Kecamatan"
                + " (Nurul Hidayah)")
        .contains(
            "Ditetapkan di KEPULAUAN SERIBU SELATAN pada tanggal 20 Februari 2024, pukul 17.15"
                + " WIB.")
        .doesNotContain("+00:00", "UTC");
    String last = pages.getLast().replaceAll("\\s+", " ");
    // every member, the absent one marked; the two witnesses present, with their participant
    assertThat(last)
        .contains("Siti Rahmawati", "Bambang Sutrisno", "Dewi Lestari", "Muhammad Yusuf")
        .contains("Rina Marlina", "(tidak hadir)")
        .contains("Pasangan Calon nomor urut 1", "Ahmad Fauzi")
        .contains("Pasangan Calon nomor urut 2", "Budi Santoso")
        .doesNotContain("Pasangan Calon nomor urut 3")
        .contains("Turut hadir: Panwaslu Kecamatan (Nurul Hidayah)")
        .doesNotContain("Paraf");
    for (String page : pages.subList(0, pages.size() - 1)) {
      assertThat(page).contains("Paraf", "1. Ketua", "5. Anggota");
    }
  }

  @Test
  void theDKejadianOfTheSessionListsTheObjectionWithTheWitnessParticipantAndPanwaslu()
      throws Exception {
    var reports = ws.reports();
    FormDocument doc =
        reports.dKejadian(
            null, null, reports.kejadianSettings(null, List.of(), TestClock.FIXED, "0.1.0-test"));
    assertThat(doc.documentId()).isEqualTo("d-kejadian-310102-sesi-1");
    List<String> cells = cells(PdfChecks.xlsx(doc));
    assertThat(cells)
        .contains(
            "20-02-2024 17.15 WIB",
            "Keberatan saksi",
            "PPWP",
            "TPS 004, Kel./Desa PULAU TIDUNG",
            "Budi Santoso, saksi Pasangan Calon nomor urut 2 (H. PRABOWO SUBIANTO - GIBRAN"
                + " RAKABUMING RAKA)",
            "Jumlah suara sah tidak sama dengan jumlah perolehan suara",
            "Dicocokkan; angka Sirekap salah baca",
            "Dicocokkan dengan C.Hasil plano di hadapan saksi",
            "Diterima")
        .contains("Kejadian khusus", "Semua", "Kecamatan KEPULAUAN SERIBU SELATAN");
    String text =
        String.join(" ", FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4))).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("MODEL D.KEJADIAN")
        .contains("bertempat di Aula Kantor Kecamatan Kepulauan Seribu Selatan, Pulau Tidung")
        .contains("Siti Rahmawati")
        .contains("PPWP — Pasangan Calon nomor urut 1", "Ahmad Fauzi")
        .contains("PPWP — Pasangan Calon nomor urut 2", "Budi Santoso")
        .doesNotContain("NIHIL");
    assertThat(objection).isPositive();
  }

  static List<String> cells(byte[] xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        for (Row row : wb.getSheetAt(s)) {
          for (Cell c : row) {
            out.add(c.toString());
          }
        }
      }
    }
    return out;
  }
}
