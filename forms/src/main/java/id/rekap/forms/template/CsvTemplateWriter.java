package id.rekap.forms.template;

import id.rekap.core.common.Csv;
import id.rekap.core.region.Tps;
import id.rekap.core.template.TemplateLayout;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV template: per data sheet a meta row ({@code #rekap-template/1,election,region,contest,
 * dapil}), the two header rows and one row per TPS. UTF-8 with a byte order mark so that a
 * spreadsheet program shows the names correctly; CRLF line ends as RFC 4180 asks.
 */
final class CsvTemplateWriter {
  private CsvTemplateWriter() {}

  static void write(TemplateTarget target, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    for (TemplateSheet sheet : target.sheets()) {
      row(w, metaRow(target, sheet));
      row(w, sheet.labels());
      row(w, sheet.ids());
      for (Tps t : sheet.tps()) {
        String[] cells = new String[TemplateLayout.FIXED + sheet.columns().size()];
        cells[0] = t.code().value();
        cells[1] = target.tree().nameOf(t.code().desa());
        cells[2] = t.name();
        row(w, java.util.Arrays.asList(cells));
      }
    }
    w.flush();
  }

  static List<String> metaRow(TemplateTarget target, TemplateSheet sheet) {
    return List.of(
        "#" + TemplateLayout.FORMAT_ID,
        target.electionId(),
        target.regionCode(),
        target.contest().code().id(),
        sheet.dapilCode());
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(Csv.cell(cells.get(i)));
    }
    w.write("\r\n");
  }
}
