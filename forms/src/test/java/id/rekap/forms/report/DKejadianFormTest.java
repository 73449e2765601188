package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.DKejadianForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Incident;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The D.Kejadian Khusus dan/atau Keberatan: entries as raised, or NIHIL. */
class DKejadianFormTest {
  private static final ReportSettings SETTINGS = GeneratedForms.settings(Marking.DRAFT);

  private static FormDocument form(List<Incident> incidents) {
    DHasilForm.Input in = GeneratedForms.candidates(3);
    return DKejadianForm.build(in.election(), in.lineage(), null, incidents, SETTINGS);
  }

  @Test
  void noEntriesIsNihil() throws Exception {
    FormDocument doc = form(List.of());
    byte[] pdf = PdfChecks.pdf(doc, Paper.A4);
    assertThat(String.join("", FormReader.pdfPages(pdf))).contains("NIHIL");
    assertThat(cells(PdfChecks.xlsx(doc))).contains("NIHIL");
  }

  @Test
  void everyEntryIsListedWithPlaceRaiserTextResponseAndDecision() throws Exception {
    List<Incident> list = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      list.add(
          new Incident(
              "Keberatan saksi",
              "99.01.01.200" + (i % 10),
              "Saksi Partai Uji " + i,
              "Jumlah pengguna hak pilih di TPS 00"
                  + i
                  + " tidak sama dengan jumlah surat suara yang digunakan; saksi meminta"
                  + " penghitungan ulang surat suara di hadapan peserta rapat pleno.",
              "Dicocokkan dengan C.Hasil plano",
              i % 2 == 0 ? "Diterima, dibetulkan" : "Ditolak"));
    }
    FormDocument doc = form(list);
    byte[] pdf = PdfChecks.pdf(doc, Paper.A4);
    assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
    String text = String.join("", FormReader.pdfPages(pdf)).replaceAll("\\s+", " ");
    assertThat(text).doesNotContain("NIHIL").contains("Saksi Partai Uji 25", "dibetulkan");
    List<String> cells = cells(PdfChecks.xlsx(doc));
    for (Incident e : list) {
      assertThat(cells).contains(e.raisedBy(), e.text(), e.place());
    }
  }

  @Test
  void anEntryTallerThanAPageGoesOnOverTheNextPageInsteadOfRunningPastItsFoot() throws Exception {
    StringBuilder long_ = new StringBuilder();
    for (int i = 1; i <= 700; i++) {
      long_.append("keberatan").append(i).append(' ');
    }
    Incident e =
        new Incident(
            "Keberatan saksi",
            "99.01.01.2001",
            "Saksi Partai Uji",
            long_.toString().strip(),
            "Dicocokkan dengan C.Hasil plano",
            "Ditolak");
    FormDocument doc = form(List.of(e));
    for (Paper paper : Paper.values()) {
      byte[] pdf = PdfChecks.pdf(doc, paper);
      assertThat(PdfChecks.glyphsOutsidePage(pdf)).as(paper.id()).isEmpty();
      String text = String.join(" ", FormReader.pdfPages(pdf)).replaceAll("\\s+", " ");
      for (int i = 1; i <= 700; i++) {
        assertThat(text).contains("keberatan" + i + " ");
      }
      assertThat(FormReader.pdfPages(pdf).size()).isGreaterThan(2);
    }
  }

  private static List<String> cells(byte[] xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          out.add(c.toString());
        }
      }
    }
    return out;
  }
}
