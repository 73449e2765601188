package id.rekap.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one command-line workspace of the tests, set up the way an office does: {@code init ARGS
 * --admin admin}, then the admin adds the chair ketua, the operators ani and budi and the verifier
 * citra with a temporary password, and each replaces it with {@link #PASSWORD} (so one {@code
 * REKAP_PASSWORD} serves whichever {@code --user} a test names).
 *
 * <p>Those nine commands are the same in every test that starts from an office, so {@link #copy}
 * runs them once per test JVM for each distinct {@code init} (the files it names compared by
 * content, not by path) and gives each test a copy of the closed folder, which it may change
 * freely. A test that asserts what a set-up command itself prints or writes runs {@link #build}.
 *
 * <p>test-support depends on no Rekap module: the test passes its command line ({@link Cli}) and,
 * for {@link #copy}, how a closed workspace folder is copied with its store ({@link Copier}).
 */
public final class CliOffice {
  /** The first admin's name. */
  public static final String ADMIN = "admin";

  /** Every account's password once the office is set up. */
  public static final String PASSWORD = "tinta-biru-pleno-7";

  /** The admin's temporary password for a new account. */
  public static final String TEMPORARY = "kertas-sementara-3";

  /** The clerks the admin adds: name and role, as the command line spells the role. */
  public static final List<List<String>> CLERKS =
      List.of(
          List.of("ketua", "chair"),
          List.of("ani", "operator"),
          List.of("budi", "operator"),
          List.of("citra", "verifier"));

  /** One run of the test's command line with these extra environment variables. */
  @FunctionalInterface
  public interface Cli {
    Outcome run(Map<String, String> env, String... args);
  }

  /** A command's exit status and what it wrote on stderr. */
  public record Outcome(int status, String err) {}

  /** Copies a closed workspace folder, its store included, to a new folder. */
  @FunctionalInterface
  public interface Copier {
    void copy(Path template, Path folder);
  }

  private static final Map<String, Path> TEMPLATES = new HashMap<>();
  private static Path cache;

  private CliOffice() {}

  /** Sets up the office in {@code ws}: init with {@code initArgs}, then the four clerks. */
  public static void build(Cli cli, Path ws, String... initArgs) {
    List<String> init = new ArrayList<>(List.of("--workspace", ws.toString(), "init"));
    init.addAll(List.of(initArgs));
    init.addAll(List.of("--admin", ADMIN));
    ok(cli.run(Map.of("REKAP_PASSWORD", PASSWORD), init.toArray(String[]::new)), "init");
    for (List<String> clerk : CLERKS) {
      add(cli, ws, clerk.get(0), clerk.get(1));
    }
  }

  /** The admin adds the user with a temporary password; the user sets {@link #PASSWORD}. */
  public static void add(Cli cli, Path ws, String name, String role) {
    ok(
        cli.run(
            Map.of("REKAP_PASSWORD", PASSWORD, "REKAP_NEW_PASSWORD", TEMPORARY),
            "--workspace",
            ws.toString(),
            "--user",
            ADMIN,
            "users",
            "add",
            name,
            "--role",
            role),
        "users add " + name);
    ok(
        cli.run(
            Map.of("REKAP_PASSWORD", TEMPORARY, "REKAP_NEW_PASSWORD", PASSWORD),
            "--workspace",
            ws.toString(),
            "--user",
            name,
            "password"),
        "password " + name);
  }

  /**
   * Gives {@code ws} a copy of the office {@link #build} makes with {@code initArgs}, built once
   * per test JVM.
   */
  public static synchronized void copy(Cli cli, Copier copier, Path ws, String... initArgs) {
    String key = key(initArgs);
    Path template = TEMPLATES.get(key);
    if (template == null) {
      template = cache().resolve("office-" + TEMPLATES.size());
      build(cli, template, initArgs);
      TEMPLATES.put(key, template);
    }
    copier.copy(template, ws);
  }

  /** Copies a folder tree (a closed workspace on the file store is its folder). */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The init arguments, every file or folder among them replaced by a digest of its content. */
  private static String key(String[] args) {
    StringBuilder key = new StringBuilder();
    for (String a : args) {
      Path p = Path.of(a);
      key.append(Files.exists(p) && p.isAbsolute() ? "@" + digest(p) : a).append('\u0000');
    }
    return key.toString();
  }

  private static String digest(Path path) {
    try (Stream<Path> all = Files.walk(path)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : all.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        sha.update(path.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void ok(Outcome r, String what) {
    if (r.status() != 0) {
      throw new AssertionError(what + ": exit " + r.status() + "\n" + r.err());
    }
  }

  private static synchronized Path cache() {
    if (cache == null) {
      try {
        cache = Files.createTempDirectory("rekap-cli-offices");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path dir = cache;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (Stream<Path> s = Files.walk(dir)) {
                      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException ignored) {
                      // best effort: the temp folder
                    }
                  }));
    }
    return cache;
  }
}
