package id.rekap.core.report;

import java.util.List;

/**
 * A table of a form, independent of PDF or XLSX. The first {@code frozen} columns (number and
 * label) are repeated on every PDF page when the other columns do not fit the paper's width, and
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
    /** A sub-heading with no values (A. Jumlah pemilih dalam DPT). */
    SUBHEAD,
    /** A row of values. */
    DATA,
    /** A total or subtotal row of values, printed bold. */
    TOTAL,
    /** A row of a signature block, tall enough to sign in. */
    SIGNATURE
  }

  /**
   * One row. Cells are {@link String}, {@link Long} (a count) or null (nothing reported: printed
   * empty, never as 0).
   */
  public record Row(Kind kind, List<Object> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public boolean hasValues() {
      return kind == Kind.DATA || kind == Kind.TOTAL;
    }
  }
}
