package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import id.rekap.core.template.TemplateColumn;
import id.rekap.core.template.TemplateLayout;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rows of one data section (XLSX sheet or CSV section) in order: checks both header rows
 * cell by cell, then turns each TPS row into a {@link TpsResult}. The first problem throws with its
 * cell's address; the caller returns nothing then.
 */
final class SectionReader {
  /** The address of a cell of this section, 0-based row and column, as the message shows it. */
  interface Addresser {
    Object at(int row, int col);
  }

  private final Object file;
  private final TemplateTarget target;
  private final TemplateSheet sheet;
  private final Source source;
  private final Addresser address;
  private final Map<TpsCode, Object> seen;
  private final List<TpsResult> out;
  private final List<List<String>> headers;
  private final java.util.Set<TpsCode> sheetTps = new java.util.HashSet<>();
  private int headersDone;

  SectionReader(
      Object file,
      TemplateTarget target,
      TemplateSheet sheet,
      Source source,
      Addresser address,
      Map<TpsCode, Object> seen,
      List<TpsResult> out) {
    this.file = file;
    this.target = target;
    this.sheet = sheet;
    this.source = source;
    this.address = address;
    this.seen = seen;
    this.out = out;
    this.headers = List.of(sheet.labels(), sheet.ids());
    sheet.tps().forEach(t -> sheetTps.add(t.code()));
  }

  /** One row; {@code cells} may be shorter than the layout and hold nulls for absent cells. */
  void row(int r, RawCell[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        CellValues.refuseFormula(cells[c], file, address.at(r, c));
      }
    }
    if (r < TemplateLayout.HEADER_ROWS) {
      headersUpTo(r);
      header(r, cells);
      return;
    }
    headersUpTo(TemplateLayout.HEADER_ROWS);
    data(r, cells);
  }

  /** Called after the last row, so that a section with its headers deleted is refused too. */
  void finish() {
    headersUpTo(TemplateLayout.HEADER_ROWS);
  }

  // A header row absent from the file (an XLSX omits empty rows) is checked as an empty row.
  private void headersUpTo(int r) {
    while (headersDone < r) {
      header(headersDone, new RawCell[0]);
    }
  }

  private void header(int r, RawCell[] cells) {
    List<String> expected = headers.get(r);
    int n = Math.max(expected.size(), cells.length);
    for (int c = 0; c < n; c++) {
      String want = c < expected.size() ? expected.get(c) : "";
      String got = c < cells.length && cells[c] != null ? cells[c].text() : "";
      if (!want.equals(got.strip())) {
        throw RekapException.badInput(
            "template.error.header", file, address.at(r, c), want, CellValues.shorten(got));
      }
    }
    headersDone = r + 1;
  }

  private void data(int r, RawCell[] cells) {
    int width = TemplateLayout.FIXED + sheet.columns().size();
    for (int c = width; c < cells.length; c++) {
      if (cells[c] != null && !cells[c].isBlank()) {
        throw RekapException.badInput("template.error.outsideTemplate", file, address.at(r, c));
      }
    }
    Integer[] counts = new Integer[sheet.columns().size()];
    boolean any = false;
    for (int i = 0; i < counts.length; i++) {
      int c = TemplateLayout.FIXED + i;
      counts[i] =
          c < cells.length && cells[c] != null
              ? CellValues.count(cells[c], file, address.at(r, c))
              : null;
      any |= counts[i] != null;
    }
    String codeText = cells.length > 0 && cells[0] != null ? cells[0].text().strip() : "";
    if (codeText.isEmpty()) {
      if (any) {
        throw RekapException.badInput("template.error.noTps", file, address.at(r, 0));
      }
      return;
    }
    TpsCode tps = tps(codeText, address.at(r, 0));
    Object first = seen.putIfAbsent(tps, address.at(r, 0));
    if (first != null) {
      throw RekapException.badInput(
          "template.error.duplicateTps", file, address.at(r, 0), tps, first);
    }
    if (any) {
      out.add(result(tps, counts));
    }
  }

  private TpsCode tps(String text, Object at) {
    Optional<TpsCode> parsed = TpsCode.parse(text);
    if (parsed.isEmpty()) {
      throw RekapException.badInput(
          "template.error.unknownTps", file, at, CellValues.shorten(text));
    }
    TpsCode tps = parsed.get();
    if (!tps.isWithin(target.tree().root())) {
      throw RekapException.badInput(
          "template.error.outsideRegion", file, at, tps, target.regionCode());
    }
    if (!target.tree().containsTps(tps)) {
      throw RekapException.badInput("template.error.unknownTps", file, at, tps);
    }
    if (!sheetTps.contains(tps)) {
      throw RekapException.badInput(
          "template.error.notInSheet", file, at, tps, target.contest().code(), sheet.dapilCode());
    }
    return tps;
  }

  private TpsResult result(TpsCode tps, Integer[] counts) {
    Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    Map<Integer, Integer> votes = new HashMap<>();
    for (int i = 0; i < counts.length; i++) {
      TemplateColumn col = sheet.columns().get(i);
      if (col.isVote()) {
        votes.put(col.voteKey(), counts[i]);
      } else {
        admin.put(col.field(), counts[i]);
      }
    }
    return new TpsResult(
        tps,
        target.contest().code(),
        source,
        sheet.dapil() == null ? null : sheet.dapil().code(),
        AdminBlock.of(admin),
        Votes.of(votes));
  }
}
