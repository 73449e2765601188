package id.rekap.core.report;

import java.util.List;
import java.util.Map;

/** A part of a form's body, drawn by the PDF and XLSX writers in order. */
public sealed interface FormBlock {
  /**
   * The certificate's table: frozen columns (number, label, L/P) then one column per child region
   * and the final total. When the children do not fit the paper they are split into page-wide
   * groups, each headed by which children it holds ("Kelurahan/Desa 10–18 dari 75").
   *
   * @param unit the children's name in running text ("Kelurahan/Desa")
   * @param unitUpper the same in a column header ("KEL./DESA")
   * @param children how many child columns follow the frozen ones (the total comes after)
   * @param columnNotes per child column (1-based ordinal; 0 for the total) what the page must say
   *     about its data; only columns with something to say are present
   * @param legend the lines explaining the marks, printed under the grid when a note is
   */
  record Grid(
      String caption,
      FormTable table,
      String unit,
      String unitUpper,
      int children,
      Map<Integer, String> columnNotes,
      List<String> legend)
      implements FormBlock {
    public Grid {
      columnNotes = Map.copyOf(columnNotes);
      legend = List.copyOf(legend);
    }
  }

  /**
   * A table that flows down as many pages as it needs, its header repeated (the annex, the
   * D.Kejadian's entries).
   *
   * @param intro lines printed between the caption and the table
   * @param newPage whether it starts on a page of its own
   */
  record Listing(String caption, List<String> intro, FormTable table, boolean newPage)
      implements FormBlock {
    public Listing {
      intro = List.copyOf(intro);
    }
  }
}
