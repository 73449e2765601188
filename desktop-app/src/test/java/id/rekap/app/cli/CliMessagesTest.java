package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.QueueItem;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.revote.Revote;
import id.rekap.core.setup.WorkspaceLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The command line's texts live in its own bundle, in both languages, and the core's shared bundle
 * holds none of them (issue 19): every {@code cli.*} key the code names exists in Indonesian and in
 * English, every key of the bundle is named by the code, and no class outside the command line
 * names a {@code cli.*} key (the window cannot read the command line's bundle).
 */
class CliMessagesTest {
  private static final Path CLI_SOURCES = Path.of("src/main/java/id/rekap/app/cli");
  private static final Pattern LITERAL = Pattern.compile("\"(cli\\.[A-Za-z0-9_.\\-]+)\"");

  private static final Properties ID = load("/id/rekap/app/cli/messages.properties");
  private static final Properties EN = load("/id/rekap/app/cli/messages_en.properties");

  @Test
  void bothLanguagesHoldTheSameKeysAndValidPatterns() {
    assertThat(EN.stringPropertyNames()).isEqualTo(ID.stringPropertyNames());
    for (Properties bundle : List.of(ID, EN)) {
      bundle.forEach(
          (key, pattern) -> {
            assertThat((String) key).startsWith("cli.");
            assertThat((String) pattern).as((String) key).isNotBlank();
            new MessageFormat((String) pattern); // throws on a broken pattern
          });
    }
  }

  @Test
  void theCoresBundleHoldsNoCommandLineKey() {
    for (String core :
        List.of("/id/rekap/messages.properties", "/id/rekap/messages_en.properties")) {
      assertThat(load(core).stringPropertyNames())
          .as(core)
          .noneMatch(k -> k.startsWith("cli."))
          .contains("report.error.member");
    }
  }

  @Test
  void everyKeyTheCommandLineNamesExistsInBothLanguages() {
    Set<String> named = named();
    SoftAssertions soft = new SoftAssertions();
    for (String key : named) {
      soft.assertThat(ID).as("Indonesian " + key).containsKey(key);
      soft.assertThat(EN).as("English " + key).containsKey(key);
    }
    // and nothing in the bundle is left over from a command that no longer says it
    soft.assertThat(new TreeSet<>(ID.stringPropertyNames())).isSubsetOf(named);
    soft.assertAll();
  }

  @Test
  void onlyTheCommandLineNamesItsKeys() throws IOException {
    List<Path> elsewhere = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../tally-core/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.toAbsolutePath().normalize().startsWith(CLI_SOURCES.toAbsolutePath()))
            .filter(p -> LITERAL.matcher(read(p)).find())
            .forEach(elsewhere::add);
      }
    }
    assertThat(elsewhere).isEmpty();
  }

  @Test
  void aCommandLineKeyIsReadFromItsOwnBundleAndAnyOtherFromTheCore() {
    assertThat(CliMessages.get(java.util.Locale.ENGLISH, "cli.usageHint"))
        .isEqualTo(EN.getProperty("cli.usageHint"));
    assertThat(CliMessages.get(java.util.Locale.of("id"), "report.error.member", "Ketua"))
        .isEqualTo("Anggota \"Ketua\" harus ditulis JABATAN=NAMA");
  }

  /** The keys the code names: its literals, and the keys it builds from an enumeration's ids. */
  private static Set<String> named() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLI_SOURCES)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              p -> {
                Matcher m = LITERAL.matcher(read(p));
                while (m.find()) {
                  if (!m.group(1).endsWith(".")) {
                    keys.add(m.group(1));
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (QueueItem.State s : QueueItem.State.values()) {
      keys.add("cli.adopt.queue." + s.id());
    }
    for (Decision.Kind k : List.of(Decision.Kind.REOPEN, Decision.Kind.LIFT)) {
      keys.add("cli.adopt.history." + k.id());
    }
    for (WorkspaceLevel level : WorkspaceLevel.values()) {
      if (level.below().isPresent()) { // only a receiving centre shows the breakdown
        keys.add("cli.status.breakdown." + level.id());
        keys.add("cli.status.adoptedBySender." + level.id());
      }
    }
    for (Revote.Marker m : Revote.Marker.values()) {
      keys.add("cli.revote.by." + m.id());
    }
    for (KeyedEntry.State s : KeyedEntry.State.values()) {
      keys.add("cli.key." + s.name());
    }
    return keys;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = CliMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
