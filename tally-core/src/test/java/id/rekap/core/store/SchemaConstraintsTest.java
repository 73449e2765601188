package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.adoption.Decision;
import id.rekap.core.check.Severity;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.plenary.Objections;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.result.Source;
import id.rekap.core.revote.Revote;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.TestStore;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, ADR 0039: the store itself refuses a row with a value outside a closed vocabulary or
 * without its parent row (on H2 and, in the PostgreSQL run, on the server); the vocabularies are
 * exactly the enums' stored ids; a workspace made before the constraints migrates and still
 * verifies, and one holding a row that breaks them is refused with the table and rule named and
 * left as it was.
 */
class SchemaConstraintsTest {
  @TempDir Path dir;

  @Test
  void everyVocabularyIsItsEnumsStoredIds() {
    assertVocabulary(
        "workspace_info_level_check", ids(WorkspaceLevel.values(), WorkspaceLevel::id));
    assertVocabulary(
        "workspace_info_mode_check", ids(ElectionDefinition.Mode.values(), m -> m.id()));
    assertVocabulary(
        "region_level_check", ids(RegionLevel.values(), l -> Integer.toString(l.digits())));
    for (String table : List.of("tps_result", "tps_result_superseded", "keying", "keyed_by")) {
      assertVocabulary(table + "_source_check", ids(Source.values(), Source::id));
    }
    for (String table :
        List.of(
            "tps_result",
            "tps_result_superseded",
            "keying",
            "keyed_by",
            "sirekap_published",
            "correction",
            "adoption",
            "adoption_decision",
            "revote",
            "package_in_adoption",
            "objection",
            "plenary_attendee")) {
      assertVocabulary(table + "_contest_check", ids(ContestCode.values(), ContestCode::id));
    }
    assertVocabulary("app_user_role_check", ids(Role.values(), Role::id));
    assertVocabulary("correction_evidence_check", ids(Evidence.values(), Evidence::id));
    assertVocabulary("objection_kind_check", ids(Objections.Kind.values(), k -> k.id()));
    assertVocabulary("objection_decision_check", ids(Objections.Decision.values(), d -> d.id()));
    assertVocabulary("plenary_attendee_kind_check", ids(Attendee.Kind.values(), k -> k.id()));
    assertVocabulary("revote_kind_check", ids(RevoteKind.values(), RevoteKind::id));
    assertVocabulary("revote_marked_by_check", ids(Revote.Marker.values(), m -> m.id()));
    assertVocabulary("adoption_decision_kind_check", ids(Decision.Kind.values(), k -> k.id()));
    assertVocabulary("rule_severity_severity_check", ids(Severity.values(), Severity::name));
    assertVocabulary("outbox_status_check", ids(OutboxStatus.values(), OutboxStatus::name));
    assertVocabulary("package_in_sender_level_check", ids(WorkspaceLevel.values(), l -> l.id()));
  }

  @Test
  void theStoreRefusesBadRows() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      DSLContext dsl = WorkspaceInternals.database(ws).dsl();
      refused(dsl, "app_user_role_check", "UPDATE app_user SET role = 'ketua'");
      refused(dsl, "tps_result_source_check", "UPDATE tps_result SET source = 'kawal'");
      refused(dsl, "tps_result_contest_check", "UPDATE tps_result SET contest = 'dprd'");
      refused(dsl, "region_level_check", "UPDATE region SET level = 3");
      refused(dsl, "workspace_info_level_check", "UPDATE workspace_info SET level = 'desa'");
      refused(
          dsl,
          "rule_severity_severity_check",
          "INSERT INTO rule_severity (rule_id, severity) VALUES ('R1', 'warning')");
      refused(
          dsl,
          "plenary_attendee_session_fk",
          "INSERT INTO plenary_attendee (session_id, position, kind, name)"
              + " VALUES (999, 1, 'anggota', 'Siti')");
      refused(
          dsl,
          "objection_detail_objection_fk",
          "INSERT INTO objection_detail (objection_id) VALUES (999)");
      refused(
          dsl,
          "package_in_adoption_package_fk",
          "INSERT INTO package_in_adoption (package_id, contest, code, adopted_by, adopted_at)"
              + " VALUES (999, 'ppwp', '3101', 'x', 'y')");
      // and a good row still goes in
      dsl.execute("INSERT INTO rule_severity (rule_id, severity) VALUES ('R1', 'WARNING')");
      assertThat(ws.verifyAudit().run().ok()).isFalse(); // written past the use cases: named
    }
  }

  @Test
  void aWorkspaceOfThePreviousSchemaMigratesAndStillVerifies() {
    Path folder = dir.resolve("ws");
    try (Workspace ws = Workspaces.sample(folder)) {
      toPreviousSchema(WorkspaceInternals.database(ws).dsl());
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      DSLContext dsl = WorkspaceInternals.database(ws).dsl();
      assertThat(applied(dsl)).isTrue();
      refused(dsl, "app_user_role_check", "UPDATE app_user SET role = 'ketua'");
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }

  @Test
  void aWorkspaceHoldingABadRowIsRefusedAndLeftAsItWas() {
    Path folder = dir.resolve("ws");
    try (Workspace ws = Workspaces.sample(folder)) {
      toPreviousSchema(WorkspaceInternals.database(ws).dsl());
      WorkspaceInternals.database(ws)
          .dsl()
          .execute("UPDATE app_user SET role = 'ketua' WHERE name = '" + Workspaces.ADMIN + "'");
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> Workspace.open(folder, TestClock.FIXED).close())
          .isInstanceOfSatisfying(
              RekapException.class,
              e -> {
                assertThat(e.key()).isEqualTo("workspace.error.constraint");
                assertThat(e.kind()).isEqualTo(RekapException.Kind.STATE);
                assertThat(e.args()).contains("app_user", 1L, "app_user_role_check");
              });
    }
    // the store was not touched: the row as it was, no history entry (the H2 file read as is)
    if (TestStore.postgres()) {
      return;
    }
    try (Database db = Database.openReadOnly(folder)) {
      assertThat(db.dsl().fetchValue(APP_USER.ROLE, APP_USER.NAME.eq(Workspaces.ADMIN)))
          .isEqualTo("ketua");
      assertThat(applied(db.dsl())).isFalse();
    }
  }

  /** Drops every constraint of V100 and its history entry: the store as the version before. */
  private static void toPreviousSchema(DSLContext dsl) {
    for (SchemaConstraints.Constraint k : SchemaConstraints.declared()) {
      dsl.execute("ALTER TABLE " + k.table() + " DROP CONSTRAINT " + k.name());
    }
    dsl.execute(
        "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
            + SchemaConstraints.VERSION
            + "'");
    assertThat(applied(dsl)).isFalse();
  }

  private static boolean applied(DSLContext dsl) {
    String sql =
        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '"
            + SchemaConstraints.VERSION
            + "'";
    return dsl.fetchOne(sql).get(0, Long.class) > 0;
  }

  private static void refused(DSLContext dsl, String constraint, String sql) {
    assertThatThrownBy(() -> dsl.execute(sql))
        .isInstanceOf(DataAccessException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT)).contains(constraint));
  }

  private static void assertVocabulary(String name, List<String> ids) {
    SchemaConstraints.Constraint k =
        SchemaConstraints.declared().stream()
            .filter(c -> c.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no constraint " + name));
    String in = k.violations().replaceAll(".*IN \\((.*)\\)\\)$", "$1");
    List<String> declared =
        Arrays.stream(in.split(",")).map(s -> s.strip().replace("'", "")).sorted().toList();
    assertThat(declared).as(name).isEqualTo(ids.stream().sorted().toList());
  }

  private static <E> List<String> ids(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.toList());
  }
}
