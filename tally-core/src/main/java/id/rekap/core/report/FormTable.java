package id.rekap.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of a form, independent of PDF or XLSX. The first {@code frozen} columns (number and
 * labels) are repeated on every PDF page when the other columns do not fit the paper's width, and
 * stay frozen in the spreadsheet.
 */
public record FormTable(List<Column> columns, int frozen, List<Row> rows) {
  public FormTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * A column: its header, a code where it is a region (for the XLSX reader and the digest), its
   * preferred width in points, and whether it holds numbers (right aligned).
   */
  public record Column(String header, String code, float width, boolean numeric) {}

  /** How a row is drawn. */
  public enum Kind {
    /** A section title spanning the row (I., II., ...). */
    SECTION,
    /** A sub-heading with no values (a party's name). */
    SUBHEAD,
    /** A row of values. */
    DATA,
    /** A total or subtotal row of values, printed bold. */
    TOTAL,
    /** An empty row tall enough to write in by hand (blank forms). */
    BLANK
  }

  /** A sum that not every TPS of the column reported: printed with a mark, never as if complete. */
  public record Partial(long value) {}

  /**
   * One row. Cells are {@link String}, {@link Long} (a count), {@link Partial} (a count some TPS
   * did not report) or null (nothing reported: printed blank and shaded, never as 0; in a label
   * column, the label of the row above continues). Rows with the same non-zero {@code keep} are
   * kept on one page, and a SECTION or SUBHEAD row stays with the row after it.
   */
  public record Row(Kind kind, List<Object> cells, int keep) {
    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public Row(Kind kind, List<Object> cells) {
      this(kind, cells, 0);
    }

    public boolean hasValues() {
      return kind == Kind.DATA || kind == Kind.TOTAL;
    }
  }

  /** The numeric value of a cell (a count or a partial count), or null. */
  public static Long value(Object cell) {
    if (cell instanceof Long n) {
      return n;
    }
    if (cell instanceof Partial p) {
      return p.value();
    }
    return null;
  }
}
