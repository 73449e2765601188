package id.rekap.core.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;

/**
 * SQL text for the few hot statements the store runs through plain JDBC batches, built from the
 * generated schema so a renamed column still fails the build. jOOQ is used everywhere else; here it
 * costs too much per row: it renders the SQL and H2 parses it again for every execution, and it
 * binds every {@code byte[]} for H2 as a BLOB, so each stored vote vector became a temporary LOB.
 */
final class JdbcSql {
  private JdbcSql() {}

  static String insert(Table<?> table, Field<?>... columns) {
    return "INSERT INTO "
        + table.getName()
        + " ("
        + names(columns)
        + ") VALUES ("
        + marks(columns)
        + ")";
  }

  static String select(Table<?> table, Field<?>... columns) {
    return "SELECT " + names(columns) + " FROM " + table.getName();
  }

  /** H2's upsert: insert, or replace the row with the same key. */
  static String merge(Table<?> table, Field<?>[] key, Field<?>... columns) {
    return "MERGE INTO "
        + table.getName()
        + " ("
        + names(columns)
        + ") KEY ("
        + names(key)
        + ") VALUES ("
        + marks(columns)
        + ")";
  }

  /** PostgreSQL's upsert of the same meaning: insert, or update the row with the same key. */
  static String upsert(Table<?> table, Field<?>[] key, Field<?>... columns) {
    java.util.Set<Field<?>> keys = java.util.Set.of(key);
    return insert(table, columns)
        + " ON CONFLICT ("
        + names(key)
        + ") DO UPDATE SET "
        + Arrays.stream(columns)
            .filter(c -> !keys.contains(c))
            .map(c -> c.getName() + " = EXCLUDED." + c.getName())
            .collect(Collectors.joining(", "));
  }

  private static String names(Field<?>[] columns) {
    return Arrays.stream(columns).map(Field::getName).collect(Collectors.joining(", "));
  }

  private static String marks(Field<?>[] columns) {
    return String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
  }
}
