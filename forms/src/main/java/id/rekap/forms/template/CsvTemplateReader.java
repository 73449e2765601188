package id.rekap.forms.template;

import id.rekap.core.common.MessageRef;
import id.rekap.core.common.RekapException;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.template.TemplateMeta;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** Reads a filled CSV template: sections in the writer's order, each checked row by row. */
final class CsvTemplateReader {
  static final long MAX_BYTES = 64L << 20;
  static final int MAX_ROWS = 200_000;
  private static final String META_LEAD = "#rekap-template/";

  private CsvTemplateReader() {}

  static List<TpsResult> read(Path file, TemplateTarget target, Source source) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw RekapException.badInput("template.error.tooLarge", file, MAX_BYTES + " B");
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<TemplateSheet> sheets = target.sheets();
    List<TpsResult> out = new ArrayList<>();
    Map<TpsCode, Object> seen = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      CsvRecords records = new CsvRecords(in, file);
      SectionReader section = null;
      int index = -1;
      int start = 0;
      for (List<String> rec = records.next(); rec != null; rec = records.next()) {
        int row = records.row();
        if (row > MAX_ROWS) {
          throw RekapException.badInput("template.error.tooLarge", file, MAX_ROWS + " baris/rows");
        }
        if (rec.get(0).startsWith(META_LEAD) || section == null) {
          if (section != null) {
            section.finish();
          }
          index++;
          if (index >= sheets.size()) {
            throw RekapException.badInput("template.error.extraSection", file, at(row, 0));
          }
          meta(file, rec, CsvTemplateWriter.metaRow(target, sheets.get(index)), row);
          int first = row + 1;
          start = first;
          section =
              new SectionReader(
                  file, target, sheets.get(index), source, (r, c) -> at(first + r, c), seen, out);
          continue;
        }
        RawCell[] cells = rec.stream().map(RawCell::text).toArray(RawCell[]::new);
        section.row(row - start, cells);
      }
      if (section != null) {
        section.finish();
      }
      if (index + 1 < sheets.size()) {
        throw RekapException.badInput(
            "template.error.missingSheet", file, sheets.get(index + 1).name());
      }
    } catch (CharacterCodingException e) {
      throw RekapException.badInput("template.error.encoding", file);
    }
    return out;
  }

  private static void meta(Path file, List<String> got, List<String> want, int row) {
    String[] keys = {
      TemplateMeta.FORMAT, TemplateMeta.ELECTION, TemplateMeta.REGION, TemplateMeta.CONTEST, ""
    };
    int n = Math.max(got.size(), want.size());
    for (int c = 0; c < n; c++) {
      String g = c < got.size() ? got.get(c).strip() : "";
      String w = c < want.size() ? want.get(c) : "";
      if (!g.equals(w)) {
        String key = c < keys.length ? TemplateMeta.errorKey(keys[c]) : "template.error.sheets";
        throw RekapException.badInput(key, file, at(row, c), CellValues.shorten(g), w);
      }
    }
  }

  /** "baris 12, kolom F" / "row 12, column F": 1-based row, spreadsheet column letters. */
  static MessageRef at(int row, int col) {
    return new MessageRef("template.cell.csv", row, CellReference.convertNumToColString(col));
  }
}
