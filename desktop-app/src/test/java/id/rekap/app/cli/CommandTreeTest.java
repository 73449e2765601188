package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * Issue 18: a command line that names a command gets only that command's model; anything else the
 * whole tree, so help, usage errors and suggestions are as before.
 */
class CommandTreeTest {
  @TempDir Path tmp;

  @Test
  void everyCommandIsFoundByItsNameBehindTheRootOptions() {
    for (Class<?> c : RootCommand.COMMANDS) {
      String name = c.getAnnotation(Command.class).name();
      assertThat(CommandTree.named(name, "--x")).contains(c);
      assertThat(CommandTree.named("--workspace", "status", "--debug", "--user", "ani", name))
          .contains(c);
      assertThat(CommandTree.named("--workspace=w", "--user=u", name)).contains(c);
    }
  }

  @Test
  void theVersionNeedsNoCommand() {
    assertThat(CommandTree.versionOnly("--version")).isTrue();
    assertThat(CommandTree.versionOnly("--workspace", "w", "-V")).isTrue();
    assertThat(CommandTree.versionOnly("status", "--version")).isFalse();
    assertThat(CommandTree.versionOnly("--help")).isFalse();
    var r = new CliRun(tmp.resolve("home")).run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("rekap ");
  }

  @Test
  void optionsUnknownNamesAndNoCommandGetTheWholeTree() {
    assertThat(CommandTree.named()).isEmpty();
    assertThat(CommandTree.named("--help", "status")).isEmpty();
    assertThat(CommandTree.named("-V")).isEmpty();
    assertThat(CommandTree.named("statsu")).isEmpty();
    assertThat(CommandTree.named("--workspace")).isEmpty();
  }

  @Test
  void helpListsEveryCommandAndEachCommandHasItsOwnHelp() {
    var cli = new CliRun(tmp.resolve("home"));
    var help = cli.run("--help");
    assertThat(help.status()).isZero();
    for (Class<?> c : RootCommand.COMMANDS) {
      assertThat(help.out()).contains(c.getAnnotation(Command.class).name());
    }
    var status = cli.run("status", "--help");
    assertThat(status.status()).isZero();
    assertThat(status.out()).contains("rekap status").contains("--format");
    var nested = cli.run("audit", "verify", "--help");
    assertThat(nested.status()).isZero();
    assertThat(nested.out()).contains("rekap audit verify");
  }

  @Test
  void aMistypedCommandIsStillAUsageErrorWithPicoclisSuggestion() {
    var r = new CliRun(tmp.resolve("home")).run("--workspace", tmp.toString(), "statsu");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("statsu");
  }

  @Test
  void rootOptionsAfterTheCommandStillApply() {
    var r =
        new CliRun(tmp.resolve("home"))
            .run("status", "--workspace", tmp.resolve("nowhere").toString());
    assertThat(r.status()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).contains("nowhere");
  }
}
