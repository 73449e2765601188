package id.rekap.core.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether every migration this program carries is applied to a store already (issue 18): then
 * opening it need not load Flyway, scan the class path and validate every applied migration, which
 * was a fixed part of every command's start. Anything unexpected (no history table, a failed
 * migration, migrations not found as plain files or jar entries) answers "no", and Flyway runs as
 * before, so the answer can only save work, never skip a migration.
 */
final class AppliedMigrations {
  static final String LOCATION = "db/migration";
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__[^/]*\\.sql");

  private AppliedMigrations() {}

  /**
   * True when every versioned migration on the class path is recorded as applied and none failed.
   */
  static boolean allApplied(DataSource source) {
    try (Connection c = source.getConnection()) {
      return allApplied(c);
    } catch (SQLException e) {
      return false;
    }
  }

  static boolean allApplied(Connection c) {
    Optional<Set<String>> carried = carried();
    if (carried.isEmpty() || carried.get().isEmpty()) {
      return false;
    }
    try (Statement st = c.createStatement()) {
      Set<String> applied = new HashSet<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                  + " WHERE \"version\" IS NOT NULL")) {
        while (rs.next()) {
          if (!rs.getBoolean(2)) {
            return false;
          }
          applied.add(normal(rs.getString(1)));
        }
      }
      return applied.containsAll(carried.get());
    } catch (SQLException e) {
      return false; // a new store (no history yet) or an unreadable one: Flyway decides
    }
  }

  /** The versions of the migrations on the class path, if they can be listed. */
  static Optional<Set<String>> carried() {
    URL url = AppliedMigrations.class.getClassLoader().getResource(LOCATION);
    if (url == null) {
      return Optional.empty();
    }
    Set<String> versions = new HashSet<>();
    try {
      switch (url.getProtocol()) {
        case "jar" -> {
          var connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(true);
          connection.getJarFile().stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith(LOCATION + "/"))
              .forEach(n -> version(n.substring(LOCATION.length() + 1), versions));
        }
        case "file" -> {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.forEach(p -> version(p.getFileName().toString(), versions));
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (IOException | URISyntaxException | ClassCastException e) {
      return Optional.empty();
    }
    return Optional.of(versions);
  }

  private static void version(String name, Set<String> versions) {
    Matcher m = VERSIONED.matcher(name);
    if (m.matches()) {
      versions.add(normal(m.group(1)));
    }
  }

  /** "1_1" and "1.1" are the same version to Flyway. */
  private static String normal(String version) {
    return version.replace('_', '.');
  }
}
