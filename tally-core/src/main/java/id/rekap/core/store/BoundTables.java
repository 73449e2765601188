package id.rekap.core.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables whose rows are bound to the audit chain (issue 13 §2): every fact that matters. Each
 * row is named by its key columns and digested over its columns except the few that a use case
 * changes without an event of its own (the outbox's delivery bookkeeping). audit_event and
 * audit_head are the chain itself; flyway_schema_history is the schema, not a fact.
 */
final class BoundTables {
  /** One bound table: its key columns, and the columns left out of the row digest. */
  record Bound(String table, List<String> key, Set<String> unbound) {}

  private static final List<Bound> ALL =
      List.of(
          bound("workspace_info", "id"),
          bound("region", "code"),
          bound("tps", "code"),
          bound("tps_result", "tps_code", "contest", "source"),
          bound("keying", "tps_code", "contest", "source", "round"),
          bound("correction", "id"),
          bound("objection", "id"),
          bound("adoption", "contest", "code"),
          bound("adoption_decision", "id"),
          bound("app_user", "name"),
          bound("trusted_cert", "id"),
          bound("package_in", "id"),
          // what the sender had adopted when it made the package (issue 14): one row per package,
          // contest and code, kept with every package version as package_in is
          bound("package_in_adoption", "package_id", "contest", "code"),
          bound("package_out", "sequence"),
          bound("committee_member", "position"),
          bound("upstream", "id"),
          // the sender moves status, attempts and back-off on every try without an event; what
          // the package is, and the receipt that settled it, are bound
          new Bound(
              "outbox",
              List.of("sequence"),
              Set.of("status", "attempts", "next_attempt_at", "last_error", "updated_at")),
          bound("rule_severity", "rule_id"),
          bound("backup_setting", "id"),
          bound("revote", "id"),
          bound("tps_result_superseded", "revote_id", "tps_code", "contest", "source"),
          bound("sirekap_published", "contest", "code"),
          // who keyed and who settled a counted form: what separation of duties decides on
          bound("keyed_by", "tps_code", "contest", "source"),
          // whether an account must still replace its temporary password is bound; the login
          // throttle's counters change on refused tries without an event of their own (each
          // checked failure has one, with the count)
          new Bound(
              "login_state", List.of("name"), Set.of("failures", "last_failure_at", "blocked")),
          bound("plenary_session", "id"),
          bound("plenary_attendee", "session_id", "position"),
          bound("objection_detail", "objection_id"));

  private static final Map<String, Bound> BY_NAME =
      ALL.stream().collect(Collectors.toMap(Bound::table, b -> b));

  private BoundTables() {}

  private static Bound bound(String table, String... key) {
    return new Bound(table, List.of(key), Set.of());
  }

  /**
   * The columns of a bound table in table order, lower case, from the generated schema (the same
   * migrations the database was made with, so the same order as {@code SELECT *}).
   */
  static List<String> columns(Bound bound) {
    org.jooq.Table<?> t =
        id.rekap.core.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTable(
            bound.table().toUpperCase(Locale.ROOT));
    if (t == null) {
      throw new IllegalStateException("no table " + bound.table() + " in the schema");
    }
    return java.util.Arrays.stream(t.fields())
        .map(f -> f.getName().toLowerCase(Locale.ROOT))
        .toList();
  }

  static List<Bound> all() {
    return ALL;
  }

  /** The bound table of that name (any case), if it is one. */
  static Optional<Bound> of(String table) {
    return Optional.ofNullable(BY_NAME.get(table.toLowerCase(Locale.ROOT)));
  }
}
