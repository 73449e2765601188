package id.rekap.app.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.entry.EntryViewModelTest;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §6: entry templates come from the app. The empty template of a ballot is written where
 * the clerk chooses (XLSX or CSV, the file {@code rekap template} writes), and a filled one dropped
 * on the import screen is the user's keying of its filled TPS.
 */
class TemplateViewModelTest {
  @TempDir static Path tmp;
  static Workspace ws;
  static Session session;

  @BeforeAll
  static void open() {
    ws = Demo.create(tmp.resolve("ws"));
    session = Demo.session(ws, new DirectJobs());
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void anEmptyTemplateIsWrittenAndAFilledOneIsTheUsersKeying() throws Exception {
    Demo.login(session, "ani");
    ImportViewModel importing = new ImportViewModel(session);
    TemplateViewModel template = importing.template();
    assertThat(template.suggestedName()).isEqualTo("isian-ppwp-3101.xlsx");
    Path xlsx = tmp.resolve("out").resolve(template.suggestedName());
    template.write(xlsx);
    assertThat(template.message().get()).startsWith("Templat ").contains("tersimpan", "TPS)");
    assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K'); // a zip: the XLSX workbook
    template.format().set(TemplateFormat.CSV);
    Path csv = tmp.resolve("out").resolve(template.suggestedName());
    template.write(csv);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.getFirst()).contains("#rekap-template/");
    try (var folder = Files.list(csv.getParent())) {
      assertThat(folder.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("isian-ppwp-3101.xlsx", "isian-ppwp-3101.csv");
    }

    Path filled = tmp.resolve("isian-terisi.csv");
    Files.writeString(filled, fill(lines, "3101011001010"), StandardCharsets.UTF_8);
    importing.add(List.of(filled));
    importing.source().set(Source.CHASIL);
    importing.run();
    assertThat(importing.summary().get())
        .isEqualTo(
            "Templat: 1 TPS dientri; 0 dihitung (entri kedua sama), 1 menunggu entri kedua, 0"
                + " berselisih (lihat antrean verifikator).");
    assertThat(ws.entry().pending())
        .anyMatch(k -> k.values().tps().value().equals("3101011001010") && k.user().equals("ani"));
    assertThat(importing.busy().get()).isFalse();
  }

  @Test
  void aFilledTemplateNeedsAKeyedSource() throws Exception {
    Demo.login(session, "ani");
    ImportViewModel importing = new ImportViewModel(session);
    Path csv = tmp.resolve("other").resolve("isian.csv");
    importing.template().format().set(TemplateFormat.CSV);
    importing.template().write(csv);
    importing.add(List.of(csv));
    importing.run(); // the source is still Sirekap
    assertThat(importing.summary().get()).contains("C.Hasil plano atau C.Hasil salinan");
  }

  /** The template with one TPS's row filled as a whole plano that breaks no rule. */
  private static String fill(List<String> lines, String tps) {
    Map<String, String> values = EntryViewModelTest.form("107");
    List<String> out = new ArrayList<>();
    String[] ids = null;
    int header = 0;
    for (String line : lines) {
      if (line.replace("\uFEFF", "").startsWith("#rekap-template/")) {
        header = 1;
      } else if (header == 1) {
        header = 2;
      } else if (header == 2) {
        ids = line.split(",", -1);
        header = 3;
      } else if (line.startsWith(tps + ",")) {
        String[] cells = line.split(",", -1);
        for (int i = 3; i < cells.length; i++) {
          cells[i] = values.getOrDefault(ids[i], "0");
        }
        line = String.join(",", cells);
      }
      out.add(line);
    }
    return String.join("\r\n", out) + "\r\n";
  }
}
