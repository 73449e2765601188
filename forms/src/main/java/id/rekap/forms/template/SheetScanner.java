package id.rekap.forms.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: hands each row's cells to a sink as it ends, so a sheet is
 * never held in memory whole. Counts rows, columns and cells and stops at the limits, which bound
 * the time a hostile sheet of millions of empty styled cells can take.
 */
final class SheetScanner extends DefaultHandler {
  static final int MAX_ROWS = 200_000;
  static final int MAX_COLUMNS = 5_000;
  static final long MAX_CELLS = 5_000_000;
  static final int MAX_TEXT = 10_000;

  /** Receives each row that has at least one cell, 0-based. */
  interface RowSink {
    void row(int r, RawCell[] cells);
  }

  /** A limit was passed; the reader turns it into a message naming the file. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String what) {
      super(what, null, false, false);
    }
  }

  private final SharedStrings strings;
  private final RowSink sink;
  private final List<RawCell> cells = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int row = -1;
  private int col = -1;
  private long cellCount;
  private String type;
  private boolean formula;
  private boolean capturing;
  private boolean inCell;

  SheetScanner(SharedStrings strings, RowSink sink) {
    this.strings = strings;
    this.sink = sink;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "row" -> {
        String r = atts.getValue("r");
        row = r == null ? row + 1 : Integer.parseInt(r) - 1;
        if (row < 0 || row >= MAX_ROWS) {
          throw new LimitExceeded(MAX_ROWS + " rows");
        }
        cells.clear();
        col = -1;
      }
      case "c" -> {
        if (++cellCount > MAX_CELLS) {
          throw new LimitExceeded(MAX_CELLS + " cells");
        }
        String r = atts.getValue("r");
        col = r == null ? col + 1 : new CellReference(r).getCol();
        if (col < 0 || col >= MAX_COLUMNS) {
          throw new LimitExceeded(MAX_COLUMNS + " columns");
        }
        type = atts.getValue("t");
        formula = false;
        inCell = true;
        text.setLength(0);
      }
      case "f" -> formula = true;
      case "v", "t" -> capturing = inCell;
      default -> {
        // other elements (sheet properties, merged cells, validations) carry no values
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (capturing) {
      if (text.length() + length > MAX_TEXT) {
        throw new LimitExceeded(MAX_TEXT + " characters in a cell");
      }
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v", "t" -> capturing = false;
      case "c" -> {
        inCell = false;
        RawCell cell = cell();
        if (cell != null) {
          while (cells.size() <= col) {
            cells.add(null);
          }
          cells.set(col, cell);
        }
      }
      case "row" -> {
        if (!cells.isEmpty()) {
          sink.row(row, cells.toArray(RawCell[]::new));
        }
      }
      default -> {
        // nothing to do
      }
    }
  }

  private RawCell cell() {
    String t = text.toString();
    if (formula) {
      return new RawCell(RawCell.Kind.FORMULA, t);
    }
    if (type == null || type.equals("n")) {
      return t.isEmpty() ? null : new RawCell(RawCell.Kind.NUMBER, t);
    }
    return switch (type) {
      case "s" -> RawCell.text(sharedString(t));
      case "b" -> new RawCell(RawCell.Kind.BOOLEAN, t);
      case "e" -> new RawCell(RawCell.Kind.ERROR, t);
      default -> RawCell.text(t); // inlineStr, str
    };
  }

  private String sharedString(String index) {
    try {
      int i = Integer.parseInt(index.strip());
      if (i < 0 || i >= strings.getCount()) {
        throw new IllegalArgumentException("no shared string " + CellValues.shorten(index));
      }
      return strings.getItemAt(i).getString();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("no shared string " + CellValues.shorten(index), e);
    }
  }
}
