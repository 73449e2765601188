package id.rekap.app.cli;

import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * Runs one {@code rekap} command line and returns its exit status (docs/contract.md §1): 0 success,
 * 1 something wrong found, 2 usage error, 3 bad input refused, 4 unusable workspace, 70 internal
 * failure. Errors are one line on stderr; a stack trace only with {@code --debug}. Everything
 * printed passes {@link TerminalSafeWriter}: nothing read from a file can drive the terminal.
 */
public final class RekapCli {

  static final String HELP_BUNDLE = "id.rekap.app.cli.help";

  private final CliIo io;
  private final Env env;
  private final DesktopApp desktopApp;

  /** A command line without the desktop app (tests, scripts): {@code gui} fails. */
  public RekapCli(CliIo io, Env env) {
    this(io, env, DesktopApp.NONE);
  }

  public RekapCli(CliIo io, Env env, DesktopApp desktopApp) {
    this.io =
        new CliIo(
            new PrintWriter(new TerminalSafeWriter(io.out()), true),
            new PrintWriter(new TerminalSafeWriter(io.err()), true),
            io.locale());
    this.env = env;
    this.desktopApp = desktopApp;
  }

  /** The process's command line without the desktop app (a child process in the crash tests). */
  public static RekapCli standard() {
    return standard(DesktopApp.NONE);
  }

  /** The process's command line: system streams, environment and language. */
  public static RekapCli standard(DesktopApp desktopApp) {
    Env env = Env.system();
    String lang = firstSet(env.get("LC_ALL"), env.get("LC_MESSAGES"), env.get("LANG"));
    CliIo io =
        new CliIo(
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
            Messages.fromPosix(lang));
    return new RekapCli(io, env, desktopApp);
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  public int run(String... args) {
    RootCommand root = new RootCommand(io, env, desktopApp);
    CommandLine cl = new CommandLine(root);
    // before the settings below: picocli applies them to the commands present when they are set
    CommandTree.add(cl, args);
    Converters.register(cl);
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    helpTexts(cl, helpBundle(io.locale()));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          if (ex.getCause() instanceof RekapException refused) {
            // an option's value refused by its converter (Converters): said as the command said it
            return handle(refused, root.debug());
          }
          io.err().println("rekap: " + ex.getMessage());
          io.err().println(io.text("cli.usageHint"));
          io.flush();
          return ExitStatus.USAGE.code();
        });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, root.debug()));
    try {
      return cl.execute(args);
    } finally {
      io.flush();
    }
  }

  /**
   * The log, set up only when a failure is to be written: {@code --version}, {@code --help} and a
   * usage error never pay for configuring logback (issue 18).
   */
  private static org.slf4j.Logger log() {
    return org.slf4j.LoggerFactory.getLogger(RekapCli.class);
  }

  /**
   * The help texts of every command in the user's language (issue 19): the Indonesian base bundle,
   * English with {@code LANG=en}; never the JVM's default locale.
   */
  static ResourceBundle helpBundle(Locale locale) {
    return CliMessages.bundle(HELP_BUNDLE, locale);
  }

  static void helpTexts(CommandLine cl, ResourceBundle bundle) {
    cl.setResourceBundle(bundle);
    for (CommandLine sub : cl.getSubcommands().values()) {
      helpTexts(sub, bundle);
    }
  }

  private int handle(Exception ex, boolean debug) {
    if (ex instanceof RekapException re) {
      io.err().println("rekap: " + io.text(re));
      if (debug) {
        log().warn("refused: {}", CliMessages.of(Messages.INDONESIAN, re), ex);
        io.err().println(io.text("cli.debug.logged"));
      }
      return ExitStatus.of(re.kind()).code();
    }
    io.err()
        .println(
            "rekap: "
                + io.text(
                    "cli.internal",
                    ex.getClass().getSimpleName(),
                    String.valueOf(ex.getMessage())));
    // an internal failure is a bug: its stack trace always goes to the log, never to the terminal
    log().error("internal failure", ex);
    if (debug) {
      io.err().println(io.text("cli.debug.logged"));
    }
    return ExitStatus.INTERNAL.code();
  }
}
