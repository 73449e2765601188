package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.report.FormTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination of a table's rows: kept together, headings with what follows, spread evenly. */
class PdfRowsTest {
  private static FormTable.Row row(FormTable.Kind kind, int keep) {
    return new FormTable.Row(kind, List.of("", ""), keep);
  }

  private static float[] heights(int n) {
    float[] h = new float[n];
    Arrays.fill(h, 10);
    return h;
  }

  @Test
  void aHeadingNeverEndsAPageAndKeptRowsStayTogether() {
    List<FormTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(row(FormTable.Kind.DATA, 0));
    }
    rows.add(row(FormTable.Kind.SECTION, 0));
    rows.add(row(FormTable.Kind.DATA, 7));
    rows.add(row(FormTable.Kind.DATA, 7));
    rows.add(row(FormTable.Kind.TOTAL, 7));
    // room for 10 rows: the section and its three kept rows go to the next page together
    List<int[]> pages = PdfRows.paginate(rows, heights(rows.size()), 100, 100);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1)[0]).isLessThanOrEqualTo(8);
    assertThat(rows.get(pages.get(0)[1] - 1).kind()).isNotEqualTo(FormTable.Kind.SECTION);
  }

  @Test
  void rowsNeedingTwoPagesAreSpreadEvenly() {
    List<FormTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < 44; i++) {
      rows.add(row(FormTable.Kind.DATA, 0));
    }
    List<int[]> pages = PdfRows.paginate(rows, heights(44), 400, 400);
    assertThat(pages).hasSize(2);
    for (int[] p : pages) {
      assertThat(p[1] - p[0]).isBetween(20, 24);
    }
  }

  @Test
  void aBlockTallerThanAPageDoesNotStartAtAPageFoot() {
    List<FormTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      rows.add(row(FormTable.Kind.DATA, 0));
    }
    rows.add(row(FormTable.Kind.SECTION, 0));
    for (int i = 0; i < 60; i++) {
      rows.add(row(FormTable.Kind.DATA, 3));
    }
    List<int[]> pages = PdfRows.paginate(rows, heights(rows.size()), 400, 400);
    // the section never sits at a page foot with a row or two under it
    for (int[] p : pages) {
      assertThat(p[1] - p[0]).isGreaterThanOrEqualTo(8);
      for (int r = Math.max(p[0], p[1] - 3); r < p[1]; r++) {
        assertThat(rows.get(r).kind())
            .as("row %d at a page foot", r)
            .isNotEqualTo(FormTable.Kind.SECTION);
      }
    }
  }
}
