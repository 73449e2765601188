package id.rekap.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The one set of migrations ({@code db/migration}), given to Flyway for a PostgreSQL store with the
 * few H2 type names PostgreSQL does not know replaced by their equivalents (ADR 0033): {@code CLOB}
 * becomes {@code TEXT}, {@code BLOB} and {@code VARBINARY(n)} become {@code BYTEA}. Everything else
 * in the migrations is written in the SQL both databases read, so a new migration is written once;
 * H2 reads the files untouched, so no migration applied to an existing H2 workspace changes its
 * checksum.
 */
final class PortableMigrations implements ResourceProvider {
  static final String LOCATION = "db/migration";

  private static final Pattern VARBINARY =
      Pattern.compile("\\bVARBINARY\\s*\\(\\s*\\d+\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b", Pattern.CASE_INSENSITIVE);

  private final List<LoadableResource> resources;

  PortableMigrations() {
    List<LoadableResource> out = new ArrayList<>();
    for (String name : names()) {
      out.add(new Translated(name));
    }
    this.resources = List.copyOf(out);
  }

  /** The PostgreSQL text of a migration written for H2. */
  static String toPostgres(String h2) {
    String s = VARBINARY.matcher(h2).replaceAll("BYTEA");
    s = CLOB.matcher(s).replaceAll("TEXT");
    return BLOB.matcher(s).replaceAll("BYTEA");
  }

  @Override
  public LoadableResource getResource(String name) {
    return resources.stream()
        .filter(r -> r.getFilename().equals(name) || r.getAbsolutePath().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return resources.stream()
        .filter(r -> r.getFilename().startsWith(prefix))
        .filter(r -> Arrays.stream(suffixes).anyMatch(s -> r.getFilename().endsWith(s)))
        .toList();
  }

  /** The file names of the migrations on the class path (a folder in development, else a jar). */
  private static TreeSet<String> names() {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots =
          PortableMigrations.class.getClassLoader().getResources(LOCATION + "/");
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".sql"))
                .forEach(names::add);
          }
        } else if (root.openConnection() instanceof JarURLConnection jar) {
          jar.setUseCaches(false);
          try (JarFile file = jar.getJarFile()) {
            file.stream()
                .map(JarEntry::getName)
                .filter(n -> n.startsWith(LOCATION + "/") && n.endsWith(".sql"))
                .map(n -> n.substring(LOCATION.length() + 1))
                .filter(n -> !n.contains("/"))
                .forEach(names::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  /** One migration file, read from the class path and translated. */
  private static final class Translated extends LoadableResource {
    private final String name;

    Translated(String name) {
      this.name = name;
    }

    @Override
    public Reader read() {
      try (InputStream in =
          PortableMigrations.class.getClassLoader().getResourceAsStream(LOCATION + "/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing migration " + name);
        }
        return new StringReader(toPostgres(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return LOCATION + "/" + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return LOCATION + "/" + name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
