package id.rekap.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit catalogue (ADR 0040): the stored names never change, each action has a one-line meaning
 * in both languages, and {@code docs/audit-actions.md} is the catalogue as it is now. Run with
 * {@code -Drekap.docs.write=true} to rewrite the page after adding an action.
 */
class AuditCatalogueTest {
  static final Path PAGE = Path.of("..", "docs", "audit-actions.md");
  static final Path ADR = Path.of("..", "docs", "adr", "0040-the-audit-catalogue.md");

  /** A row of the ADR's table: {@code | `action` | `TestClass` |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z.]+)` \\| `(\\w+)` \\|$");

  /**
   * Every name ever stored, spelled out once more here on purpose: existing chains hash and replay
   * them, so renaming a constant's stored name must fail a test, not pass silently.
   */
  @Test
  void theStoredNamesAreTheOnesExistingChainsHold() {
    assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::stored))
        .containsExactly(
            "workspace.init",
            "state.bind",
            "audit.bind",
            "audit.statesum",
            "audit.checkpoint",
            "user.add",
            "user.password",
            "user.login",
            "user.login.failed",
            "user.activate",
            "user.deactivate",
            "keys.init",
            "keys.import",
            "trust.add",
            "trust.remove",
            "regions.import",
            "regions.correct",
            "committee.set",
            "rules.severity",
            "result.import",
            "result.correct",
            "result.revote",
            "published.import",
            "entry.key",
            "entry.mismatch",
            "entry.accepted",
            "entry.resolved",
            "entry.withdraw",
            "entry.replace",
            "entry.template",
            "plenary.open",
            "plenary.attend",
            "plenary.close",
            "objection.record",
            "objection.respond",
            "objection.recommend",
            "correction.apply",
            "adoption.adopt",
            "adoption.ruling",
            "adoption.reopen",
            "adoption.usePackage",
            "adoption.lift",
            "package.export",
            "package.import",
            "package.withdraw",
            "sync.upstream",
            "sync.delivered",
            "sync.refused",
            "sync.receive",
            "sync.receive.summary",
            "backup.folder",
            "backup.restore");
  }

  @Test
  void aStoredNameLeadsBackToItsAction() {
    for (AuditAction a : AuditAction.values()) {
      assertThat(AuditAction.ofStored(a.stored())).contains(a);
      // single-line and without spaces: the hash framing puts the action on a line of its own
      assertThat(a.stored()).matches("[a-z]+(\\.[a-zA-Z]+)+");
    }
    assertThat(AuditAction.ofStored("user.logout")).isEmpty();
  }

  @Test
  void everyActionMeansOneLineInBothLanguagesAndNoMeaningIsLeftOver() throws IOException {
    for (AuditAction a : AuditAction.values()) {
      String id = Messages.get(Messages.INDONESIAN, a.meaningKey());
      String en = Messages.get(Locale.ENGLISH, a.meaningKey());
      assertThat(id).isNotBlank().doesNotContain("\n").isNotEqualTo(a.meaningKey());
      assertThat(en).isNotBlank().doesNotContain("\n").isNotEqualTo(id);
    }
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream("/id/rekap/" + bundle)) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(
              p.stringPropertyNames().stream()
                  .filter(k -> k.startsWith("audit.action."))
                  .map(k -> k.substring("audit.action.".length())))
          .as(bundle)
          .allSatisfy(stored -> assertThat(AuditAction.ofStored(stored)).isPresent());
    }
  }

  /**
   * ADR 0040 names, for every action, the test asserting its exact event: an action added without a
   * test fails here, and so does a row naming a test that does not exist or never mentions the
   * action (by its constant or its stored name).
   */
  @Test
  void everyActionIsNamedInTheAdrWithATestThatAssertsIt() throws IOException {
    Map<String, String> tests = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ADR, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        assertThat(tests.put(m.group(1), m.group(2))).as("listed twice: " + m.group(1)).isNull();
      }
    }
    assertThat(tests.keySet())
        .as("the actions of ADR 0040's table")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AuditAction.values()).map(AuditAction::stored).toList());
    Map<String, Path> sources = testSources();
    for (AuditAction a : AuditAction.values()) {
      String test = tests.get(a.stored());
      assertThat(sources).as("the test named for " + a.stored()).containsKey(test);
      assertThat(Files.readString(sources.get(test), StandardCharsets.UTF_8))
          .as(test + " mentions " + a.stored())
          .containsAnyOf(
              "AuditAction." + a.name() + ",",
              "AuditAction." + a.name() + ")",
              "AuditAction." + a.name() + ".",
              "\"" + a.stored() + "\"");
    }
  }

  /** Every test source of the repository's modules, by class name. */
  private static Map<String, Path> testSources() throws IOException {
    Map<String, Path> out = new HashMap<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module : modules.toList()) {
        Path java = module.resolve("src").resolve("test").resolve("java");
        if (!Files.isDirectory(java)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(java)) {
          files
              .filter(f -> f.getFileName().toString().endsWith(".java"))
              .forEach(f -> out.put(f.getFileName().toString().replace(".java", ""), f));
        }
      }
    }
    return out;
  }

  @Test
  void theDocsPageListsTheCatalogueAsItIs() throws IOException {
    String page = AuditCataloguePage.markdown();
    if (Boolean.getBoolean("rekap.docs.write")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/audit-actions.md is stale: run this test with -Drekap.docs.write=true")
        .isEqualTo(page);
  }
}
