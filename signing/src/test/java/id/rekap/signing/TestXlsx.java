package id.rekap.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small workbook made on the spot (the real forms are tested in tally-core). */
final class TestXlsx {
  private TestXlsx() {}

  static byte[] workbook() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("D.HASIL");
      for (int r = 0; r < 5; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("Desa " + r);
        row.createCell(1).setCellValue(100 + r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
