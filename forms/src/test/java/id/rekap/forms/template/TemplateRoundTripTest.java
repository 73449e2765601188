package id.rekap.forms.template;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import id.rekap.core.template.TemplateColumn;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateLayout;
import id.rekap.core.template.TemplateReader;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate, fill programmatically, read back: the results are the filled numbers. */
class TemplateRoundTripTest {
  @TempDir Path tmp;

  /** The number filled into a TPS row and input column, or null for a blank cell. */
  static Integer value(int tpsIndex, int column) {
    if (tpsIndex % 5 == 4 || (tpsIndex + column) % 11 == 0) {
      return null; // every fifth TPS not keyed at all; some blank cells in the others
    }
    return (tpsIndex * 31 + column * 7) % 1000;
  }

  static List<TpsResult> expected(TemplateTarget target, Source source) {
    List<TpsResult> out = new ArrayList<>();
    for (TemplateSheet sheet : target.sheets()) {
      for (int i = 0; i < sheet.tps().size(); i++) {
        if (i % 5 == 4) {
          continue;
        }
        Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
        Map<Integer, Integer> votes = new HashMap<>();
        for (int j = 0; j < sheet.columns().size(); j++) {
          TemplateColumn c = sheet.columns().get(j);
          if (c.isVote()) {
            votes.put(c.voteKey(), value(i, j));
          } else {
            admin.put(c.field(), value(i, j));
          }
        }
        out.add(
            new TpsResult(
                sheet.tps().get(i).code(),
                target.contest().code(),
                source,
                sheet.dapil() == null ? null : sheet.dapilCode(),
                AdminBlock.of(admin),
                Votes.of(votes)));
      }
    }
    return out;
  }

  static Path fillXlsx(TemplateTarget target, Path template, Path out) throws IOException {
    return TemplateFixtures.edit(
        template,
        out,
        wb -> {
          for (TemplateSheet sheet : target.sheets()) {
            XSSFSheet s = wb.getSheet(sheet.name());
            for (int i = 0; i < sheet.tps().size(); i++) {
              Row row = s.getRow(TemplateLayout.HEADER_ROWS + i);
              for (int j = 0; j < sheet.columns().size(); j++) {
                Integer v = value(i, j);
                if (v != null) {
                  row.createCell(TemplateLayout.FIXED + j).setCellValue(v);
                }
              }
            }
          }
        });
  }

  static Path fillCsv(TemplateTarget target, Path template, Path out) throws IOException {
    List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
    List<String> filled = new ArrayList<>();
    int sheet = -1;
    int row = 0;
    for (String line : lines) {
      if (line.replace("\uFEFF", "").startsWith("#rekap-template/")) {
        sheet++;
        row = -TemplateLayout.HEADER_ROWS;
        filled.add(line);
        continue;
      }
      if (row < 0) {
        filled.add(line);
        row++;
        continue;
      }
      int columns = target.sheets().get(sheet).columns().size();
      String fixed = line.substring(0, line.length() - columns); // the empty input fields
      StringBuilder b = new StringBuilder(fixed);
      for (int j = 0; j < columns; j++) {
        Integer v = value(row, j);
        b.append(',').append(v == null ? "" : v.toString());
      }
      filled.add(b.toString());
      row++;
    }
    Files.write(out, String.join("\r\n", filled).getBytes(StandardCharsets.UTF_8));
    return out;
  }

  @Test
  void ppwpXlsx() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    Path template = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("t.xlsx"));
    Path filled = fillXlsx(t, template, tmp.resolve("f.xlsx"));
    List<TpsResult> read = TemplateReader.read(filled, t, Source.CHASIL);
    assertThat(read).isEqualTo(expected(t, Source.CHASIL)).hasSizeGreaterThan(50);
    // spot check against the form: the first TPS's DPT L is column D, its paslon 2 the vote column
    TpsResult first = read.getFirst();
    assertThat(first.admin().get(AdminField.DPT_L)).isEqualTo(value(0, 0));
    assertThat(first.votes().get(VoteKey.candidate(2))).isEqualTo(value(0, 23));
    assertThat(first.admin().get(AdminField.VALID)).isEqualTo(value(0, 25));
  }

  @Test
  void ppwpCsv() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    Path template = TemplateFixtures.write(t, TemplateFormat.CSV, tmp.resolve("t.csv"));
    Path filled = fillCsv(t, template, tmp.resolve("f.csv"));
    assertThat(TemplateReader.read(filled, t, Source.SALINAN))
        .isEqualTo(expected(t, Source.SALINAN));
  }

  @Test
  void partyListXlsxHasOneSheetPerDapilAndRoundTrips() throws IOException {
    TemplateTarget t = TemplateFixtures.pdpr();
    assertThat(t.sheets())
        .extracting(TemplateSheet::name)
        .containsExactly("Dapil DKI-A", "Dapil DKI-B");
    Path template = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("t.xlsx"));
    Path filled = fillXlsx(t, template, tmp.resolve("f.xlsx"));
    List<TpsResult> read = TemplateReader.read(filled, t, Source.CHASIL);
    assertThat(read).isEqualTo(expected(t, Source.CHASIL));
    assertThat(read).extracting(TpsResult::dapil).contains("DKI-A", "DKI-B");
    TpsResult first = read.getFirst();
    // block IV of party 1: party-only, each caleg, the party total as written
    assertThat(first.votes().has(VoteKey.partyOnly(1))).isTrue();
    assertThat(first.votes().has(VoteKey.partyCandidate(1, 1))).isTrue();
    assertThat(first.votes().has(VoteKey.partyTotal(1))).isTrue();
    assertThat(first.votes().get(VoteKey.partyOnly(1))).isEqualTo(value(0, 22));
  }

  @Test
  void partyListCsv() throws IOException {
    TemplateTarget t = TemplateFixtures.pdpr();
    Path template = TemplateFixtures.write(t, TemplateFormat.CSV, tmp.resolve("t.csv"));
    Path filled = fillCsv(t, template, tmp.resolve("f.csv"));
    assertThat(TemplateReader.read(filled, t, Source.CHASIL)).isEqualTo(expected(t, Source.CHASIL));
  }

  @Test
  void anUnfilledTemplateGivesNoResults() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    for (TemplateFormat f : TemplateFormat.values()) {
      Path template = TemplateFixtures.write(t, f, tmp.resolve("t." + f.id()));
      assertThat(TemplateReader.read(template, t, Source.CHASIL)).isEmpty();
    }
  }

  @Test
  void xlsxIsProtectedValidatedDeterministicAndCarriesItsMeta() throws IOException {
    TemplateTarget t = TemplateFixtures.pdpr();
    Path a = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("a.xlsx"));
    Path b = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("b.xlsx"));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    TemplateFixtures.edit(
        a,
        tmp.resolve("c.xlsx"),
        wb -> {
          assertThat(wb.getSheetName(0)).isEqualTo("Petunjuk");
          assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
              .startsWith("Templat isian C.Hasil");
          XSSFSheet data = wb.getSheet("Dapil DKI-A");
          assertThat(data.getProtect()).isTrue();
          assertThat(data.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
          assertThat(data.getColumnStyle(TemplateLayout.FIXED).getLocked()).isFalse();
          var v = data.getDataValidations().getFirst();
          assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
          assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("999");
          int meta = wb.getSheetIndex("meta");
          assertThat(wb.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
          assertThat(wb.getSheetAt(meta).getRow(1).getCell(1).getStringCellValue())
              .isEqualTo("pemilu-uji");
          assertThat(wb.getSheetAt(meta).getRow(2).getCell(1).getStringCellValue())
              .isEqualTo("3101");
        });
  }
}
