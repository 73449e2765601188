package id.rekap.forms.report;

import static id.rekap.core.result.AdminField.*;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.IndonesianFormat;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads written forms back (XLSX cells with POI, PDF text with PDFBox) and computes the expected
 * rows from the recap rows alone, in the C.Hasil block order: the test's own list, not the
 * writer's.
 */
public final class FormReader {
  private static final List<AdminField> BEFORE_VOTES =
      List.of(
          DPT_L,
          DPT_P,
          DPT,
          USERS_DPT_L,
          USERS_DPT_P,
          USERS_DPT,
          USERS_DPTB_L,
          USERS_DPTB_P,
          USERS_DPTB,
          USERS_DPK_L,
          USERS_DPK_P,
          USERS_DPK,
          USERS_L,
          USERS_P,
          USERS,
          BALLOTS_RECEIVED,
          BALLOTS_USED,
          BALLOTS_RETURNED,
          BALLOTS_UNUSED,
          DISABLED_L,
          DISABLED_P,
          DISABLED);
  private static final List<AdminField> AFTER_VOTES = List.of(VALID, INVALID, TOTAL);

  private FormReader() {}

  /**
   * Expected value rows: the TPS counts, then one per field or vote cell; columns = children then
   * their total.
   */
  public static List<List<Long>> expected(DHasilForm.Input in) {
    List<List<Long>> out = new ArrayList<>();
    out.add(row(in.columns(), r -> (long) r.expected()));
    out.add(row(in.columns(), r -> (long) r.received()));
    for (AdminField f : BEFORE_VOTES) {
      out.add(row(in.columns(), r -> r.tally().admin(f)));
    }
    if (in.contest().shape() == Shape.CANDIDATES) {
      for (Candidate c : in.contest().candidates()) {
        out.add(row(in.columns(), r -> r.tally().votes(VoteKey.candidate(c.number()))));
      }
    } else {
      for (PartyList l : in.dapil().lists()) {
        int p = l.party();
        out.add(row(in.columns(), r -> r.tally().votes(VoteKey.partyOnly(p))));
        for (Candidate c : l.candidates()) {
          out.add(row(in.columns(), r -> r.tally().votes(VoteKey.partyCandidate(p, c.number()))));
        }
        out.add(row(in.columns(), r -> r.tally().votes(VoteKey.partyTotal(p))));
      }
    }
    for (AdminField f : AFTER_VOTES) {
      out.add(row(in.columns(), r -> r.tally().admin(f)));
    }
    out.removeIf(r -> r.stream().allMatch(v -> v == null));
    return out;
  }

  private static List<Long> row(
      List<RecapRow> columns, java.util.function.Function<RecapRow, Long> value) {
    List<Long> out = new ArrayList<>();
    Long total = null;
    for (RecapRow r : columns) {
      Long v = value.apply(r);
      out.add(v);
      if (v != null) {
        total = (total == null ? 0 : total) + v;
      }
    }
    out.add(total);
    return out;
  }

  /** Rows of the sheet holding at least one number, from the fourth column on (blank = null). */
  public static List<List<Long>> xlsxRows(byte[] xlsx, int width) throws IOException {
    List<List<Long>> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        Long[] values = new Long[width];
        boolean any = false;
        for (int c = 3; c < 3 + width; c++) {
          Cell cell = row.getCell(c);
          if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            values[c - 3] = (long) cell.getNumericCellValue();
            any = true;
          }
        }
        if (any) {
          out.add(Arrays.asList(values));
        }
      }
    }
    return out;
  }

  /** The text of each page, in reading order. */
  public static List<String> pdfPages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        pages.add(s.getText(doc));
      }
    }
    return pages;
  }

  /**
   * Per line of the pages, the trailing counts in Indonesian format, a partial count's mark
   * dropped. A row of the grid has at least two (a child and the total, or a running total); note
   * and annex lines end in one number at most.
   */
  public static List<List<String>> pdfNumberRows(byte[] pdf) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String page : pdfPages(pdf)) {
      for (String line : page.split("\n")) {
        if (line.contains("SHA-256") || line.contains("Dokumen:")) {
          continue;
        }
        String[] tokens = line.strip().split(" +");
        int i = tokens.length;
        while (i > 0 && tokens[i - 1].matches("\\d{1,3}(\\.\\d{3})*\\*?")) {
          i--;
        }
        // a line of numbers only is a wrapped column header, not a row (rows have a label)
        if (i > 0 && tokens.length - i >= 2) {
          out.add(
              List.of(tokens).subList(i, tokens.length).stream()
                  .map(t -> t.replace("*", ""))
                  .toList());
        }
      }
    }
    return out;
  }

  /**
   * The expected rows as the PDF prints them: per column group (children {@code [from, to]},
   * 1-based), the group's children, then the running total so far or, on the last group, the total;
   * blanks left out.
   */
  public static List<List<String>> formatted(List<List<Long>> expected, List<int[]> groups) {
    List<List<String>> out = new ArrayList<>();
    int children = expected.getFirst().size() - 1;
    for (int g = 0; g < groups.size(); g++) {
      int from = groups.get(g)[0];
      int to = groups.get(g)[1];
      boolean last = g == groups.size() - 1;
      boolean running = groups.get(g)[2] == 1;
      for (List<Long> row : expected) {
        List<Long> values = new ArrayList<>(row.subList(from - 1, to));
        if (running) {
          values.add(sum(row.subList(0, to)));
        }
        if (last) {
          values.add(row.get(children));
        }
        List<String> printed =
            values.stream().map(IndonesianFormat::count).filter(v -> !v.isEmpty()).toList();
        if (printed.size() >= 2) {
          out.add(printed);
        }
      }
    }
    return out;
  }

  private static Long sum(List<Long> values) {
    Long s = null;
    for (Long v : values) {
      if (v != null) {
        s = (s == null ? 0 : s) + v;
      }
    }
    return s;
  }

  /** Row by row, so a failure names the first differing row instead of printing both lists. */
  public static <T> void assertSameRows(List<List<T>> actual, List<List<T>> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      org.assertj.core.api.Assertions.assertThat(actual.get(i))
          .as("row " + i)
          .isEqualTo(expected.get(i));
    }
    org.assertj.core.api.Assertions.assertThat(actual.size()).as("rows").isEqualTo(expected.size());
  }
}
