package id.rekap.forms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateLayout;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 2 through the use case: a filled template imported by two different users is
 * a double entry; once both agree, the recap from the keyed plano equals the filled numbers.
 */
class TemplateImportTest {
  @TempDir Path tmp;

  @Test
  void aFilledTemplateImportedTwiceCountsAndTheRecapEqualsIt() throws Exception {
    try (Workspace ws = Workspaces.sample(tmp.resolve("ws"))) {
      User admin = PlenaryUsers.admin(ws);
      User ani = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      User budi = PlenaryUsers.person(ws, admin, "budi", Role.OPERATOR);

      TemplateTarget target = TemplateTarget.of(ws.election(), ws.regionTree(), ContestCode.PPWP);
      Path template =
          TemplateFixtures.write(target, TemplateFormat.XLSX, tmp.resolve("isian.xlsx"));
      Path filled = TemplateRoundTripTest.fillXlsx(target, template, tmp.resolve("terisi.xlsx"));
      List<TpsResult> expected = TemplateRoundTripTest.expected(target, Source.CHASIL);

      var first = ws.templateImport().run(ani, filled, ContestCode.PPWP, Source.CHASIL);
      assertThat(first)
          .hasSize(expected.size())
          .allMatch(o -> o.state() == KeyedEntry.State.AWAITING_SECOND);
      // one event for the file (ADR 0040), after the keyed entries it made
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("file", filled.toString());
      event.put("sha256", Sha256.hex(Files.readAllBytes(filled)));
      event.put("contest", "ppwp");
      event.put("source", Source.CHASIL.id());
      event.put("forms", expected.size());
      assertThat(AuditEvents.last(ws, AuditAction.ENTRY_TEMPLATE, "user:ani"))
          .isEqualTo(AuditEvents.tree(event));
      var before = StoreDump.of(ws);
      assertThatThrownBy(
              () -> ws.templateImport().run(ani, filled, ContestCode.PPWP, Source.CHASIL))
          .as("the same user twice: refused, nothing changes")
          .isInstanceOf(RekapException.class);
      assertThat(StoreDump.of(ws)).isEqualTo(before);

      var second = ws.templateImport().run(budi, filled, ContestCode.PPWP, Source.CHASIL);
      assertThat(second).allMatch(o -> o.state() == KeyedEntry.State.COUNTED);

      var rows =
          ws.recap().run(ContestCode.PPWP, RecapLevel.TPS, java.util.Optional.of(Source.CHASIL));
      for (TpsResult want : expected) {
        var row =
            rows.stream()
                .filter(r -> r.code().equals(want.tps().value()))
                .findFirst()
                .orElseThrow();
        for (AdminField f : AdminField.values()) {
          Integer v = want.admin().get(f);
          assertThat(row.tally().admin(f))
              .as(want.tps() + " " + f)
              .isEqualTo(v == null ? null : v.longValue());
        }
        for (var cell : want.votes().asMap().entrySet()) {
          Integer v = cell.getValue();
          assertThat(row.tally().votes(cell.getKey())).isEqualTo(v == null ? null : v.longValue());
        }
      }
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }

  @Test
  void aPartyListTemplateImportsPerDapilAndAHostileOneChangesNothing() throws Exception {
    Path election = tmp.resolve("synthetic.json");
    java.nio.file.Files.writeString(
        election,
        new id.rekap.core.support.SyntheticElection(new java.util.Random(7)).definition());
    try (Workspace ws =
        Workspaces.create(
            tmp.resolve("pl"), id.rekap.core.setup.WorkspaceLevel.KABKOTA, "3101", election)) {
      ws.importRegions(
          Workspaces.CLERK,
          List.of(Workspaces.demoFiles().resolve(id.rekap.core.demo.DemoData.REGIONS)));
      User admin = PlenaryUsers.admin(ws);
      User ani = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      User budi = PlenaryUsers.person(ws, admin, "budi", Role.OPERATOR);

      TemplateTarget target = TemplateTarget.of(ws.election(), ws.regionTree(), ContestCode.PDPR);
      Path template = TemplateFixtures.write(target, TemplateFormat.XLSX, tmp.resolve("pdpr.xlsx"));
      // A formula in one input cell: refused with its cell address, and the store is unchanged.
      Path hostile =
          TemplateFixtures.edit(
              template,
              tmp.resolve("pdpr-formula.xlsx"),
              wb ->
                  wb.getSheetAt(1)
                      .getRow(TemplateLayout.HEADER_ROWS)
                      .createCell(TemplateLayout.FIXED)
                      .setCellFormula("1+1"));
      var before = StoreDump.of(ws);
      assertThatThrownBy(
              () -> ws.templateImport().run(ani, hostile, ContestCode.PDPR, Source.CHASIL))
          .isInstanceOf(RekapException.class)
          .hasMessageContaining("!");
      assertThat(StoreDump.of(ws)).isEqualTo(before);

      Path filled =
          TemplateRoundTripTest.fillXlsx(target, template, tmp.resolve("pdpr-terisi.xlsx"));
      List<TpsResult> expected = TemplateRoundTripTest.expected(target, Source.CHASIL);
      ws.templateImport().run(ani, filled, ContestCode.PDPR, Source.CHASIL);
      assertThat(ws.templateImport().run(budi, filled, ContestCode.PDPR, Source.CHASIL))
          .allMatch(o -> o.state() == KeyedEntry.State.COUNTED);
      var rows =
          ws.recap().run(ContestCode.PDPR, RecapLevel.TPS, java.util.Optional.of(Source.CHASIL));
      for (TpsResult want : expected) {
        var row =
            rows.stream()
                .filter(r -> r.code().equals(want.tps().value()))
                .findFirst()
                .orElseThrow();
        for (var cell : want.votes().asMap().entrySet()) {
          Integer v = cell.getValue();
          assertThat(row.tally().votes(cell.getKey()))
              .as(want.tps() + " " + cell.getKey())
              .isEqualTo(v == null ? null : v.longValue());
        }
      }
    }
  }
}
