package id.rekap.core.store;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a workspace's store lives when it is not the embedded H2 file: a PostgreSQL database (ADR
 * 0033), recorded in {@code store.properties} in the workspace folder (which keeps the keys and
 * everything else). The URL names host, port, database and optionally a schema ({@code
 * postgresql://host:5432/rekap?schema=ppk_310101}); the account is {@code user=} in the file. The
 * password is never in the URL nor on a command line: it comes from the environment variable
 * {@value #PASSWORD_ENV} or from {@code store.password} beside it, readable by the owner only.
 */
public record StoreLocation(String host, int port, String database, String schema, String user) {
  /** The file in the workspace folder that says where the store is. */
  public static final String FILE = "store.properties";

  /** The owner-only file that may hold the account's password. */
  public static final String PASSWORD_FILE = "store.password";

  /** The environment variable with the account's password (wins over the file). */
  public static final String PASSWORD_ENV = "REKAP_DB_PASSWORD";

  /** The environment variable naming the account when the URL does not. */
  public static final String USER_ENV = "REKAP_DB_USER";

  private static final Pattern URL =
      Pattern.compile(
          "postgres(?:ql)?://(?:([A-Za-z0-9_.-]+)@)?([A-Za-z0-9_.-]+|\\[[0-9A-Fa-f:]+\\])"
              + "(?::([0-9]{1,5}))?/([A-Za-z0-9_-]{1,63})(?:\\?schema=([a-z_][a-z0-9_]{0,62}))?");

  /**
   * Parses a store URL as given to {@code init --store}; a password in it, or any other shape, is
   * refused (exit 3) naming the form expected.
   */
  public static StoreLocation parse(String url, Map<String, String> env) {
    String u = url == null ? "" : url.strip();
    Matcher m = URL.matcher(u);
    if (!m.matches()) {
      throw RekapException.badInput("store.error.url", u);
    }
    String user = m.group(1) != null ? m.group(1) : env.getOrDefault(USER_ENV, "rekap");
    int port = m.group(3) == null ? 5432 : Integer.parseInt(m.group(3));
    if (port < 1 || port > 65535) {
      throw RekapException.badInput("store.error.url", u);
    }
    return new StoreLocation(m.group(2), port, m.group(4), m.group(5), user);
  }

  /** The URL as the user writes it (no account, no password). */
  public String url() {
    return "postgresql://"
        + host
        + ":"
        + port
        + "/"
        + database
        + (schema == null ? "" : "?schema=" + schema);
  }

  /** The JDBC URL of the driver. */
  public String jdbcUrl() {
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + "/"
        + database
        + "?ApplicationName=rekap"
        + (schema == null ? "" : "&currentSchema=" + schema);
  }

  /** The store recorded in a workspace folder, if it is not the embedded file. */
  public static Optional<StoreLocation> read(Path workspace) {
    Path f = workspace.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = new StringReader(Files.readString(f, StandardCharsets.UTF_8))) {
      p.load(r);
    } catch (IOException e) {
      throw RekapException.state("store.error.file", f, e.getMessage());
    }
    String url = p.getProperty("url");
    String user = p.getProperty("user");
    if (url == null || user == null || !user.matches("[A-Za-z0-9_.-]+")) {
      throw RekapException.state("store.error.file", f, "url=, user=");
    }
    StoreLocation parsed = parse(url, Map.of());
    return Optional.of(
        new StoreLocation(parsed.host, parsed.port, parsed.database, parsed.schema, user));
  }

  /** Records this store in the workspace folder (and the password, owner-only, if given). */
  public void write(Path workspace, String password) {
    try {
      Files.createDirectories(workspace);
      Files.writeString(
          workspace.resolve(FILE),
          "# Rekap: this workspace's store (ADR 0033); the password is not kept here\n"
              + "url="
              + url()
              + "\nuser="
              + user
              + "\n",
          StandardCharsets.UTF_8);
      if (password != null) {
        Path f = workspace.resolve(PASSWORD_FILE);
        Files.deleteIfExists(f);
        Files.createFile(f);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(f, password + "\n", StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw RekapException.state("store.error.file", workspace.resolve(FILE), e.getMessage());
    }
  }

  /** The account's password: the environment variable, else the owner-only file, else none. */
  static String password(Path workspace, Map<String, String> env) {
    String fromEnv = env.get(PASSWORD_ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    Path f = workspace.resolve(PASSWORD_FILE);
    if (Files.isRegularFile(f)) {
      try {
        return Files.readString(f, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw RekapException.state("store.error.file", f, e.getMessage());
      }
    }
    return "";
  }

  @Override
  public String toString() {
    return url();
  }
}
