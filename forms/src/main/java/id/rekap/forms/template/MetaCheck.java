package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.template.TemplateMeta;
import id.rekap.core.template.TemplateTarget;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * Compares the XLSX meta sheet with the rows the writer would write for this workspace, so a
 * template for another election, region, contest or dapil set is refused with the cell that says
 * so.
 */
final class MetaCheck {
  private final Object file;
  private final List<List<String>> expected;
  private int next;

  MetaCheck(Object file, TemplateTarget target) {
    this.file = file;
    this.expected = TemplateMeta.rows(target);
  }

  void row(int r, RawCell[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null && cells[c].kind() == RawCell.Kind.FORMULA) {
        throw RekapException.badInput("template.error.formula", file, at(r, c));
      }
    }
    while (next < r) {
      compare(next++, new RawCell[0]);
    }
    compare(r, cells);
    next = r + 1;
  }

  void finish() {
    while (next < expected.size()) {
      compare(next++, new RawCell[0]);
    }
  }

  private void compare(int r, RawCell[] cells) {
    List<String> want = r < expected.size() ? expected.get(r) : List.of();
    String key = want.isEmpty() ? TemplateMeta.SHEET : want.get(0);
    int n = Math.max(want.size(), cells.length);
    for (int c = 0; c < n; c++) {
      String w = c < want.size() ? want.get(c) : "";
      String g = c < cells.length && cells[c] != null ? cells[c].text().strip() : "";
      if (!w.equals(g)) {
        String errorKey = c == 0 && r < 1 ? "template.error.format" : TemplateMeta.errorKey(key);
        throw RekapException.badInput(errorKey, file, at(r, c), CellValues.shorten(g), w);
      }
    }
  }

  private static String at(int r, int c) {
    return new CellReference(XlsxTemplateWriter.META, r, c, false, false).formatAsString();
  }
}
