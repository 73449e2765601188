package id.rekap.core.store;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The constraints of the schema-constraints migration (V100, ADR 0039), read from the migration
 * itself, and the check made before it runs on an existing workspace: a row that would break one of
 * them refuses the opening with one line naming the table, the constraint and how many rows, and
 * the workspace stays exactly as it was. Without this the migration would stop half-way on H2
 * (whose DDL commits statement by statement) and leave a failed entry in Flyway's history. The rows
 * are never repaired here: most of them are bound to the audit chain, and changing one silently
 * would hide what wrote it.
 */
public final class SchemaConstraints {
  /** The migration that adds the constraints; its version is {@link #VERSION}. */
  static final String MIGRATION = AppliedMigrations.LOCATION + "/V100__schema_constraints.sql";

  static final String VERSION = "100";

  private static final Pattern CHECK =
      Pattern.compile(
          "ALTER TABLE (\\w+) ADD CONSTRAINT (\\w+) CHECK \\((.+)\\);", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOREIGN_KEY =
      Pattern.compile(
          "ALTER TABLE (\\w+) ADD CONSTRAINT (\\w+) FOREIGN KEY \\((\\w+)\\) REFERENCES (\\w+)"
              + " \\((\\w+)\\);",
          Pattern.CASE_INSENSITIVE);

  /**
   * One constraint: its table, its name and the query counting the rows that break it (a CHECK
   * whose condition is unknown, NULL, passes, as in the store).
   */
  public record Constraint(String table, String name, String violations) {}

  private SchemaConstraints() {}

  /** Every constraint the migration adds, in its order. */
  public static List<Constraint> declared() {
    List<Constraint> out = new ArrayList<>();
    for (String line : migrationText().split("\n")) {
      String s = line.strip();
      Matcher check = CHECK.matcher(s);
      Matcher fk = FOREIGN_KEY.matcher(s);
      if (check.matches()) {
        out.add(
            new Constraint(
                check.group(1),
                check.group(2),
                "SELECT COUNT(*) FROM " + check.group(1) + " WHERE NOT (" + check.group(3) + ")"));
      } else if (fk.matches()) {
        String child = fk.group(1);
        String column = fk.group(3);
        out.add(
            new Constraint(
                child,
                fk.group(2),
                "SELECT COUNT(*) FROM "
                    + child
                    + " c WHERE c."
                    + column
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    + fk.group(4)
                    + " p WHERE p."
                    + fk.group(5)
                    + " = c."
                    + column
                    + ")"));
      } else if (s.toUpperCase(java.util.Locale.ROOT).startsWith("ALTER TABLE")) {
        throw new IllegalStateException("unread statement in " + MIGRATION + ": " + s);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Refuses to migrate {@code workspace} when the store has a history without the constraints yet
   * and holds a row that breaks one. A new store (no history) and a store that has them already
   * pass at once.
   */
  static void refuseViolations(DataSource source, Path workspace) {
    try (Connection c = source.getConnection()) {
      if (!pending(c)) {
        return;
      }
      for (Constraint k : declared()) {
        Optional<Long> broken = count(c, k.violations());
        if (broken.isPresent() && broken.get() > 0) {
          throw RekapException.state(
              "workspace.error.constraint", workspace, k.table(), broken.get(), k.name());
        }
      }
    } catch (SQLException e) {
      // the store cannot be read here: Flyway opens it next and reports what is wrong
    }
  }

  /** Whether the store has a migration history in which the constraints are not applied. */
  private static boolean pending(Connection c) {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '"
                    + VERSION
                    + "' AND \"success\"")) {
      return rs.next() && rs.getLong(1) == 0;
    } catch (SQLException e) {
      return false; // no history: a new store, made with the constraints from its start
    }
  }

  /** The count, or empty when the table does not exist yet (an older store: it arrives empty). */
  private static Optional<Long> count(Connection c, String sql) {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private static String migrationText() {
    try (InputStream in = SchemaConstraints.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException("missing " + MIGRATION);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
