package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command and subcommand answers {@code --help} (every refusal tells the user to use it), in
 * Indonesian by default and in English with {@code LANG=en}: exit 0, a usage text, no key left
 * untranslated and no English word in the Indonesian help beyond the command and option names.
 */
class HelpTest {
  @TempDir Path home;

  // English words that would betray an untranslated help text; command and option names (in
  // English by the contract: --workspace, use-package, ...) are removed before the check
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|of|with|from|show|this|help message|print|version information|usage|"
              + "commands|options|default|file|user|password|key|package|region)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMES =
      Pattern.compile("(?<![\\w-])-{1,2}[\\w-]+(=\\S+)?|<[^>]+>|\\[[^\\]]*\\]|\\b[A-Z_]{2,}\\b");

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyCommandAnswersHelpInItsLanguage(String language) {
    Locale locale = language.equals("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    List<List<String>> paths = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>();
    walk(wholeTree(locale), new ArrayList<>(), paths, commands);
    List<String> names = commands.stream().map(CommandLine::getCommandName).toList();
    assertThat(paths).hasSizeGreaterThan(60);
    SoftAssertions soft = new SoftAssertions();
    for (List<String> path : paths) {
      Captured c = io(locale);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      int status = new RekapCli(c.io, env()).run(args.toArray(String[]::new));
      String help = c.out.toString();
      String where = String.join(" ", args) + " [" + language + "]";
      soft.assertThat(status).as(where + "\n" + c.err).isZero();
      soft.assertThat(help).as(where).contains(path.isEmpty() ? "rekap" : path.getLast());
      soft.assertThat(help).as(where).doesNotContain("cli.help.").doesNotContain("usage.");
      if (language.equals("id")) {
        String words = words(help, names);
        Matcher m = ENGLISH.matcher(words);
        soft.assertThat(m.find() ? m.group() : null).as(where + ":\n" + help).isNull();
      }
    }
    soft.assertAll();
  }

  /** Every command, option and parameter has its text in both bundles: none falls back. */
  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyHelpTextIsInTheBundle(String language) {
    Locale locale = language.equals("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    ResourceBundle bundle = RekapCli.helpBundle(locale);
    assertThat(bundle.getLocale().getLanguage()).isEqualTo(language.equals("en") ? "en" : "");
    List<CommandLine> commands = new ArrayList<>();
    CommandLine root = wholeTree(locale);
    RekapCli.helpTexts(root, bundle);
    walk(root, new ArrayList<>(), new ArrayList<>(), commands);
    List<String> keys = new ArrayList<>();
    for (CommandLine cl : commands) {
      CommandSpec spec = cl.getCommandSpec();
      String q = spec.qualifiedName(".");
      keys.add(q + ".usage.description");
      for (OptionSpec o : spec.options()) {
        if (!o.usageHelp() && !o.versionHelp() && !o.inherited()) {
          String key = q + "." + o.longestName().replaceFirst("^-+", "");
          keys.add(key);
          // what the help shows is the bundle's text, also for an option of a mixin
          assertThat(String.join("%n", o.description())).as(key).isEqualTo(text(bundle, key));
        }
      }
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String key = q + "." + p.paramLabel() + "[" + p.index() + "]";
        keys.add(key);
        assertThat(String.join("%n", p.description())).as(key).isEqualTo(text(bundle, key));
      }
    }
    assertThat(keys).allSatisfy(k -> assertThat(bundle.keySet()).as(k).contains(k));
    assertThat(keys).allSatisfy(k -> assertThat(bundle.getString(k)).as(k).isNotBlank());
  }

  private static String text(ResourceBundle bundle, String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : "(missing " + key + ")";
  }

  /** The help without the command's synopsis line, option names and placeholders. */
  private static String words(String help, List<String> names) {
    StringBuilder kept = new StringBuilder();
    for (String line : help.split("\n")) {
      String l = NAMES.matcher(line).replaceAll(" ");
      for (String name : names) {
        l = l.replaceAll("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", " ");
      }
      kept.append(l).append('\n');
    }
    return kept.toString();
  }

  private static void walk(
      CommandLine cl, List<String> path, List<List<String>> out, List<CommandLine> commands) {
    out.add(List.copyOf(path));
    commands.add(cl);
    for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
      if (!sub.getKey().equals(sub.getValue().getCommandName())) {
        continue; // an alias
      }
      path.add(sub.getKey());
      walk(sub.getValue(), path, out, commands);
      path.removeLast();
    }
  }

  private Env env() {
    return new Env(Map.of(), home, CliRun.CLOCK);
  }

  private record Captured(CliIo io, StringWriter out, StringWriter err) {}

  private static Captured io(Locale locale) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    return new Captured(
        new CliIo(new PrintWriter(out, true), new PrintWriter(err, true), locale), out, err);
  }

  /**
   * The whole command tree, as `rekap --help` builds it (CommandTree builds one command otherwise).
   */
  private CommandLine wholeTree(Locale locale) {
    CommandLine root = new CommandLine(new RootCommand(io(locale).io, env()));
    CommandTree.add(root);
    return root;
  }
}
