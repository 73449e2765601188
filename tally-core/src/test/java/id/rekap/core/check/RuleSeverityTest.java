package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.ppwp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.rekap.core.audit.AuditEvent;
import id.rekap.core.common.Json;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Severities: the catalogue's defaults are docs/rules.md's; a workspace may raise or lower a rule
 * (CheckEngine's overrides), which the SetRuleSeverity use case stores, audits and refuses for an
 * unknown rule or severity.
 */
class RuleSeverityTest {
  @TempDir Path dir;

  @Test
  void defaultsAreTheDomainBriefsSeverities() {
    Map<String, Severity> expected = new LinkedHashMap<>();
    String errors = "R1 R2 R3 R4 R5 R6 R8 R9 R10 R11 R12 R13 R14 R16 R17 R22";
    for (int i = 1; i <= 23; i++) {
      String id = "R" + i;
      expected.put(
          id, (" " + errors + " ").contains(" " + id + " ") ? Severity.ERROR : Severity.WARNING);
    }
    assertThat(RuleCatalog.defaults()).containsExactlyEntriesOf(expected);
    assertThat(RuleCatalog.rules())
        .extracting(Rule::id)
        .containsExactlyElementsOf(expected.keySet().stream().limit(20).toList());
  }

  @Test
  void everyRuleHasATitleInBothLanguages() {
    for (String id : RuleCatalog.defaults().keySet()) {
      for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
        assertThat(Messages.get(l, "rules.title." + id))
            .as("%s %s", id, l)
            .doesNotStartWith("rules.");
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"r7, R7", "' R21 ', R21", "R1, R1", "r22, R22", "r23, R23"})
  void ruleIdsAreNormalised(String input, String id) {
    assertThat(RuleCatalog.normalize(input)).hasValue(id);
  }

  @Test
  void unknownRuleIdsAreNotNormalised() {
    assertThat(RuleCatalog.normalize("R24")).isEmpty();
    assertThat(RuleCatalog.normalize("R0")).isEmpty();
    assertThat(RuleCatalog.normalize("7")).isEmpty();
  }

  @Test
  void engineOverridesRaiseAndLowerRules() {
    // R7 (a warning) raised to ERROR, R1 (an error) lowered to WARNING
    CheckEngine e =
        new CheckEngine(
            PEMILU, RuleFixture.tree(), Map.of("R7", Severity.ERROR, "R1", Severity.WARNING));
    e.load(
        List.of(
            ppwp()
                .set(AdminField.BALLOTS_RECEIVED, 256)
                .set(AdminField.BALLOTS_UNUSED, 36)
                .vote(1, 71)
                .result()));
    List<Finding> f = e.findingsAt(TPS.value());
    RuleFixture.assertFinding(
        RuleFixture.withRule(f, "R7").getFirst(),
        "R7",
        Severity.ERROR,
        RecapLevel.TPS,
        TPS.value());
    RuleFixture.assertFinding(
        RuleFixture.withRule(f, "R1").getFirst(),
        "R1",
        Severity.WARNING,
        RecapLevel.TPS,
        TPS.value());
    // the desa's R1 is lowered too: the override is per rule, at every level
    assertThat(RuleFixture.withRule(e.findingsAt("3101011001"), "R1"))
        .extracting(Finding::severity)
        .containsOnly(Severity.WARNING);
  }

  @Test
  void setRuleSeverityIsStoredAuditedAndUsedByTheChecks() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      assertThat(severitiesOf(ws, "R17")).containsOnly(Severity.ERROR);
      ws.setRuleSeverity().run(Workspaces.CLERK, " r17", "warning");
      assertThat(ws.check().settings().overrides())
          .containsExactly(Map.entry("R17", Severity.WARNING));
      assertThat(severitiesOf(ws, "R17")).hasSize(5).containsOnly(Severity.WARNING);
      AuditEvent last = events(ws).getLast();
      assertThat(last.action()).isEqualTo("rules.severity");
      assertThat(last.actor()).isEqualTo(Workspaces.CLERK.actor().name());
      // the event also carries the digest of the row it wrote (its "state")
      com.fasterxml.jackson.databind.JsonNode withoutState =
          ((com.fasterxml.jackson.databind.node.ObjectNode) json(last.payload()))
              .without(List.of("state", "stateSum"));
      assertThat(withoutState)
          .isEqualTo(
              Json.mapper().valueToTree(Map.of("rule", "R17", "from", "ERROR", "to", "WARNING")));
      ws.setRuleSeverity().run(Workspaces.CLERK, "R17", "ERROR");
      assertThat(json(events(ws).getLast().payload()).path("from").asText()).isEqualTo("WARNING");
      ws.setRuleSeverity().run(Workspaces.CLERK, "R20", "ERROR");
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
    // stored with the workspace, not in memory
    try (Workspace again = Workspace.open(dir.resolve("ws"), TestClock.FIXED)) {
      assertThat(again.check().settings().overrides())
          .containsExactly(Map.entry("R17", Severity.ERROR), Map.entry("R20", Severity.ERROR));
      assertThat(severitiesOf(again, "R20")).isNotEmpty().containsOnly(Severity.ERROR);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "R24, ERROR, check.error.rule, R24",
    "R7x, WARNING, check.error.rule, R7x",
    "R7, FATAL, check.error.severity, FATAL",
    "R7, '', check.error.severity, ''"
  })
  void unknownRuleOrSeverityIsRefusedAndChangesNothing(
      String rule, String severity, String key, String shown) {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      RekapException e =
          catchThrowableOfType(
              RekapException.class,
              () -> ws.setRuleSeverity().run(Workspaces.CLERK, rule, severity));
      assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
      assertThat(e.key()).isEqualTo(key);
      assertThat(e.localized(Messages.INDONESIAN))
          .contains("\"" + shown + "\"")
          .doesNotContain("{0}");
      assertThat(e.localized(Locale.ENGLISH)).startsWith("Unknown").contains("\"" + shown + "\"");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  private static List<Severity> severitiesOf(Workspace ws, String rule) {
    return ws.check().run().findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(Finding::severity)
        .toList();
  }

  private static List<AuditEvent> events(Workspace ws) {
    List<AuditEvent> out = new ArrayList<>();
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).auditLog(TestClock.FIXED).forEach(out::add));
    return out;
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
