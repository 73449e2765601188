package id.rekap.app.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds picocli's model of the commands a command line needs (issue 18, target 2). Building the
 * whole tree (31 commands, their sub-commands and options, all by reflection) was the largest part
 * of a short command's start; a line that names a known command gets that command only. Anything
 * else (no command, an unknown one, {@code --help}, {@code --version}, an option picocli must
 * judge) gets the whole tree, so usage, help and error messages stay exactly as they were.
 *
 * <p>Every command also answers {@code -h}/{@code --help} with its own usage, as the usage hint
 * ("rekap PERINTAH --help") promises: the root's standard help options are inherited by every
 * command added here (their texts come from the help bundles, ADR 0041).
 */
final class CommandTree {
  private CommandTree() {}

  /** Adds to {@code root} the commands that {@code args} need. */
  static void add(CommandLine root, String... args) {
    List<Class<?>> needed =
        versionOnly(args)
            ? List.of()
            : named(args).map(List::<Class<?>>of).orElse(RootCommand.COMMANDS);
    for (Class<?> command : needed) {
      root.addSubcommand(command);
    }
  }

  /** Whether the line asks for the version before naming any command: no command is needed. */
  static boolean versionOnly(String... args) {
    String first = firstOwn(args);
    return "-V".equals(first) || "--version".equals(first);
  }

  /** The command the line names, when it names a known one before any option of its own. */
  static Optional<Class<?>> named(String... args) {
    String first = firstOwn(args);
    if (first == null || first.startsWith("-")) {
      return Optional.empty();
    }
    return RootCommand.COMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(first))
        .findFirst();
  }

  /**
   * The first word after the root's own options ({@code --workspace}, {@code --user} with their
   * values, {@code --debug}): a command, an option picocli must judge, or null when there is none.
   */
  private static String firstOwn(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--workspace") || a.equals("--user")) {
        i++; // the option's value
      } else if (!a.startsWith("--workspace=")
          && !a.startsWith("--user=")
          && !a.equals("--debug")) {
        return a;
      }
    }
    return null;
  }
}
