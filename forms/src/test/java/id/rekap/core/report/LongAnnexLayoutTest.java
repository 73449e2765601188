package id.rekap.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.forms.report.FormReader;
import id.rekap.forms.report.GeneratedForms;
import id.rekap.forms.report.PdfChecks;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The annex of a D.Hasil when a big desa is mostly not yet in: Kapuk (Kec. Cengkareng, Kota Jakarta
 * Barat, 451 real TPS) on the D.Hasil Kecamatan and Kab/Kota, A4 and F4. The list of missing TPS
 * goes on in "(lanjutan)" rows instead of one cell taller than the page, consecutive TPS are
 * ranges, every glyph stays on the page, and every missing TPS is listed or inside a range, exactly
 * once, in the PDF's model and in the XLSX cells.
 */
class LongAnnexLayoutTest {
  private static final String KAPUK = "3173011005";
  private static final String CENGKARENG_TIMUR = "3173011006";
  private static final Pattern LIST =
      Pattern.compile("(?:([A-Z][A-Z ]*[A-Z]) )?TPS (\\d{3}(?:–\\d{3})?(?:, \\d{3}(?:–\\d{3})?)*)");

  /** Only TPS 100 of Kapuk is in: 450 missing, two ranges. */
  private static boolean nearlyAll(String tps) {
    return tps.startsWith(KAPUK) && !tps.endsWith("100") || tps.startsWith(CENGKARENG_TIMUR);
  }

  /** Every third TPS of Kapuk is in: 301 missing in pairs, no range covers them. */
  private static boolean scattered(String tps) {
    return tps.startsWith(KAPUK) && Integer.parseInt(tps.substring(10)) % 3 != 0
        || tps.startsWith(CENGKARENG_TIMUR);
  }

  static Stream<Arguments> forms() {
    List<Arguments> out = new ArrayList<>();
    for (Paper paper : Paper.values()) {
      for (String region : List.of(SampleForms.CENGKARENG, SampleForms.JAKARTA_BARAT)) {
        out.add(Arguments.of(region, paper, "nearlyAll"));
        out.add(Arguments.of(region, paper, "scattered"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("forms")
  void aLongListOfMissingTpsContinuesOverRowsAndPagesAndStaysExact(
      String region, Paper paper, String shape) throws Exception {
    Predicate<String> missing =
        shape.equals("nearlyAll") ? LongAnnexLayoutTest::nearlyAll : LongAnnexLayoutTest::scattered;
    DHasilForm.Input in = SampleForms.input(region, ContestCode.PPWP, 500, 7, 99, missing);
    FormDocument doc = DHasilForm.build(in, GeneratedForms.settings(Marking.DRAFT));
    List<FormTable.Row> rows = annexRows(doc);

    // what the annex says is missing, by desa name: exactly the TPS without a result
    Map<String, List<Integer>> listed = listed(rows, in, region.length() == 6);
    Map<String, List<Integer>> expected = new TreeMap<>();
    in.tps().stream()
        .filter(r -> r.received() == 0)
        .forEach(
            r ->
                expected
                    .computeIfAbsent(
                        in.names().get(r.code().substring(0, 10)), k -> new ArrayList<>())
                    .add(Integer.parseInt(r.code().substring(10))));
    assertThat(expected.get("KAPUK")).hasSize(shape.equals("nearlyAll") ? 450 : 301);
    assertThat(expected.get("CENGKARENG TIMUR")).hasSize(278);
    assertThat(listed).isEqualTo(expected);

    // no cell holds more than a page can: a long list goes on in rows marked "(lanjutan)"
    for (FormTable.Row r : rows) {
      for (Object c : r.cells()) {
        assertThat(((String) c).length()).isLessThan(DataNotes.NOTE_CHARS + 120);
      }
    }
    if (shape.equals("scattered")) {
      assertThat(rows)
          .anySatisfy(r -> assertThat((String) r.cells().get(1)).endsWith("(lanjutan)"));
      assertThat(rows)
          .filteredOn(r -> ((String) r.cells().get(1)).endsWith("(lanjutan)"))
          .allSatisfy(r -> assertThat(r.cells().getFirst()).isEqualTo(""));
    } else {
      assertThat(String.join(" ", rows.stream().map(r -> (String) r.cells().get(4)).toList()))
          .contains("TPS 001–099, 101–451")
          .contains("TPS 001–278");
    }

    byte[] pdf = PdfChecks.pdf(doc, paper);
    assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
    String text = String.join(" ", FormReader.pdfPages(pdf)).replaceAll("\\s+", " ");
    for (FormTable.Row r : rows) {
      Matcher m = Pattern.compile("\\d{3}–\\d{3}").matcher((String) r.cells().get(4));
      while (m.find()) {
        assertThat(text).contains(m.group());
      }
    }

    // the XLSX carries the same cells, each row no taller than a spreadsheet row can be
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(PdfChecks.xlsx(doc, paper)))) {
      for (var sheet : wb) {
        for (var row : sheet) {
          assertThat(row.getHeightInPoints()).isLessThanOrEqualTo(409);
          row.forEach(c -> cells.add(c.toString()));
        }
      }
    }
    for (FormTable.Row r : rows) {
      assertThat(cells).contains((String) r.cells().get(4));
    }
  }

  private static List<FormTable.Row> annexRows(FormDocument doc) {
    FormBlock.Listing annex =
        doc.body().stream()
            .filter(b -> b instanceof FormBlock.Listing)
            .map(FormBlock.Listing.class::cast)
            .filter(l -> l.caption().startsWith("LAMPIRAN"))
            .findFirst()
            .orElseThrow();
    return annex.table().rows();
  }

  /** The missing TPS the R17 rows list, by desa name, every range expanded. */
  private static Map<String, List<Integer>> listed(
      List<FormTable.Row> rows, DHasilForm.Input in, boolean kecamatan) {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (FormTable.Row r : rows) {
      if (!((String) r.cells().get(3)).startsWith("R17")) {
        continue;
      }
      String place = (String) r.cells().get(1);
      Matcher m = LIST.matcher((String) r.cells().get(4));
      while (m.find()) {
        String desa = kecamatan ? place.substring(0, place.indexOf(" (")) : m.group(1);
        assertThat(desa).as(place).isNotNull();
        for (String item : m.group(2).split(", ")) {
          String[] ends = item.split("–");
          int from = Integer.parseInt(ends[0]);
          int to = Integer.parseInt(ends[ends.length - 1]);
          assertThat(to).isGreaterThanOrEqualTo(from);
          for (int n = from; n <= to; n++) {
            out.computeIfAbsent(desa, k -> new ArrayList<>()).add(n);
          }
        }
      }
    }
    // listed once each: sorted lists equal to the expected ones show no number twice
    out.replaceAll((k, v) -> v.stream().sorted().toList());
    return out;
  }
}
