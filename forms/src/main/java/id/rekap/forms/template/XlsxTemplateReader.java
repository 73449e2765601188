package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.SAXException;

/**
 * Reads a filled XLSX template with POI's streaming reader, after {@link ZipGuard} has bounded the
 * package. Order of checks: the meta sheet (election, region, contest, sheets), then every sheet of
 * the workbook: the data sheets row by row, any other sheet must be empty.
 */
final class XlsxTemplateReader {
  private XlsxTemplateReader() {}

  static List<TpsResult> read(Path file, TemplateTarget target, Source source) throws IOException {
    ZipGuard.check(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
      List<WorkbookSheets.SheetRef> refs;
      try (InputStream wb = reader.getWorkbookData()) {
        refs = WorkbookSheets.read(wb);
      }
      var meta =
          refs.stream()
              .filter(r -> r.name().equals(XlsxTemplateWriter.META))
              .findFirst()
              .orElseThrow(
                  () ->
                      RekapException.badInput(
                          "template.error.noMeta", file, XlsxTemplateWriter.META));
      MetaCheck metaCheck = new MetaCheck(file, target);
      scan(reader, strings, meta, metaCheck::row);
      metaCheck.finish();
      Map<String, TemplateSheet> expected = new HashMap<>();
      target.sheets().forEach(s -> expected.put(s.name(), s));
      List<TpsResult> out = new ArrayList<>();
      Map<TpsCode, Object> seen = new HashMap<>();
      for (WorkbookSheets.SheetRef ref : refs) {
        TemplateSheet sheet = expected.remove(ref.name());
        if (sheet != null) {
          if (!ref.visible()) {
            throw RekapException.badInput("template.error.hiddenSheet", file, ref.name());
          }
          SectionReader section =
              new SectionReader(file, target, sheet, source, (r, c) -> at(ref, r, c), seen, out);
          scan(reader, strings, ref, section::row);
          section.finish();
        } else if (!ref.name().equals(XlsxTemplateWriter.META)
            && !ref.name().equals(XlsxTemplateWriter.INSTRUCTIONS)) {
          scan(reader, strings, ref, (r, cells) -> refuseData(file, ref, r, cells));
        }
      }
      if (!expected.isEmpty()) {
        throw RekapException.badInput(
            "template.error.missingSheet", file, expected.keySet().iterator().next());
      }
      return out;
    } catch (SheetScanner.LimitExceeded e) {
      throw RekapException.badInput("template.error.tooLarge", file, e.getMessage());
    } catch (OpenXML4JException | SAXException | RuntimeException e) {
      if (e instanceof RekapException re) {
        throw re;
      }
      throw new RekapException(
          RekapException.Kind.BAD_INPUT, e, "template.error.corrupt", file, e.toString());
    }
  }

  private static void scan(
      XSSFReader reader,
      SharedStrings strings,
      WorkbookSheets.SheetRef ref,
      SheetScanner.RowSink sink)
      throws IOException, OpenXML4JException, SAXException {
    try (InputStream in = reader.getSheet(ref.relId())) {
      WorkbookSheets.parse(in, new SheetScanner(strings, sink));
    }
  }

  private static void refuseData(Path file, WorkbookSheets.SheetRef ref, int r, RawCell[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null && !cells[c].isBlank()) {
        throw RekapException.badInput("template.error.extraSheet", file, at(ref, r, c), ref.name());
      }
    }
  }

  static String at(WorkbookSheets.SheetRef ref, int r, int c) {
    return new CellReference(ref.name(), r, c, false, false).formatAsString();
  }
}
