package id.rekap.app.cli;

import id.rekap.app.cli.accounts.KeysCommand;
import id.rekap.app.cli.accounts.PasswordCommand;
import id.rekap.app.cli.accounts.TrustCommand;
import id.rekap.app.cli.accounts.UsersCommand;
import id.rekap.app.cli.audit.AuditCommand;
import id.rekap.app.cli.audit.VerifyCommand;
import id.rekap.app.cli.backup.AutoBackup;
import id.rekap.app.cli.backup.BackupCommand;
import id.rekap.app.cli.exchange.PackageCommand;
import id.rekap.app.cli.exchange.ServeCommand;
import id.rekap.app.cli.exchange.SyncCommand;
import id.rekap.app.cli.exchange.UpstreamCommand;
import id.rekap.app.cli.plenary.AdoptCommand;
import id.rekap.app.cli.plenary.CommitteeCommand;
import id.rekap.app.cli.plenary.ObjectionCommand;
import id.rekap.app.cli.plenary.PlenaryCommand;
import id.rekap.app.cli.report.ReportCommand;
import id.rekap.app.cli.results.CheckCommand;
import id.rekap.app.cli.results.CorrectCommand;
import id.rekap.app.cli.results.EntryCommand;
import id.rekap.app.cli.results.ImportCommand;
import id.rekap.app.cli.results.KeyCommand;
import id.rekap.app.cli.results.RecapCommand;
import id.rekap.app.cli.results.RevoteCommand;
import id.rekap.app.cli.results.RulesCommand;
import id.rekap.app.cli.results.TemplateCommand;
import id.rekap.app.cli.workspace.DemoCommand;
import id.rekap.app.cli.workspace.ElectionCommand;
import id.rekap.app.cli.workspace.InitCommand;
import id.rekap.app.cli.workspace.RegionsCommand;
import id.rekap.app.cli.workspace.StatusCommand;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code rekap [--workspace DIR] COMMAND}: the command tree of docs/contract.md §1. The help texts
 * of every command, option and parameter are in the bundle {@code
 * id/rekap/app/cli/help*.properties} (Indonesian base, English), keyed by the command's qualified
 * name; the annotations carry only the names.
 */
@Command(
    name = "rekap",
    mixinStandardHelpOptions = true,
    // --help and --version on every command and subcommand, not only on rekap itself
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class)
public final class RootCommand implements Callable<Integer> {
  /**
   * The commands of docs/contract.md §1, in the order {@code rekap --help} lists them. Not in the
   * annotation: {@link CommandTree} builds only the one a command line names (issue 18).
   */
  static final List<Class<?>> COMMANDS =
      List.of(
          InitCommand.class,
          ElectionCommand.class,
          RegionsCommand.class,
          ImportCommand.class,
          TemplateCommand.class,
          StatusCommand.class,
          RecapCommand.class,
          ReportCommand.class,
          CommitteeCommand.class,
          CheckCommand.class,
          RulesCommand.class,
          UsersCommand.class,
          KeyCommand.class,
          EntryCommand.class,
          CorrectCommand.class,
          PlenaryCommand.class,
          RevoteCommand.class,
          ObjectionCommand.class,
          AdoptCommand.class,
          KeysCommand.class,
          PasswordCommand.class,
          PackageCommand.class,
          UpstreamCommand.class,
          SyncCommand.class,
          ServeCommand.class,
          TrustCommand.class,
          VerifyCommand.class,
          AuditCommand.class,
          BackupCommand.class,
          DemoCommand.class,
          GuiCommand.class);

  private final CliIo io;
  private final Env env;
  private final DesktopApp desktopApp;

  @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT)
  private Path workspace;

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  private boolean debug;

  @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT)
  private String user;

  RootCommand(CliIo io, Env env) {
    this(io, env, DesktopApp.NONE);
  }

  RootCommand(CliIo io, Env env, DesktopApp desktopApp) {
    this.io = io;
    this.env = env;
    this.desktopApp = desktopApp;
  }

  /** The desktop app that {@code rekap gui}, {@code rekap demo} and {@code rekap} alone open. */
  public DesktopApp desktopApp() {
    return desktopApp;
  }

  public CliIo io() {
    return io;
  }

  public Env env() {
    return env;
  }

  public boolean debug() {
    return debug;
  }

  /** The name given with --user, or null. */
  public String userName() {
    return user;
  }

  /** True when the user named the workspace explicitly (option or $REKAP_HOME). */
  public boolean workspaceGiven() {
    return workspace != null || (env.get("REKAP_HOME") != null && !env.get("REKAP_HOME").isBlank());
  }

  public Path workspaceFolder() {
    if (workspace != null) {
      return workspace;
    }
    String home = env.get("REKAP_HOME");
    return home != null && !home.isBlank() ? Path.of(home) : env.home().resolve(".rekap");
  }

  /**
   * Opens the workspace and runs its integrity check (issue 13): a store that fails it is named on
   * stderr before the command goes on (adoption, signing and export then refuse). When the command
   * has changed the workspace, an automatic backup is taken as it closes if one is due (see {@link
   * AutoBackup}).
   */
  public Workspace openWorkspace() {
    Workspace ws = Workspace.open(workspaceFolder(), env.clock(), env.passwords());
    try {
      var seen = ws.backups(VersionProvider.version()).head();
      warnIfNotIntact(ws);
      ws.beforeClose(() -> AutoBackup.ifChanged(ws, seen, io));
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
    return ws;
  }

  /**
   * Opens the workspace for a command that only reads (ADR 0036): the same integrity check and
   * warning, the store read-only when it needs nothing written first, and no backup.
   */
  public Workspace openForReading() {
    Workspace ws = Workspace.openForReading(workspaceFolder(), env.clock());
    try {
      warnIfNotIntact(ws);
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
    return ws;
  }

  private void warnIfNotIntact(Workspace ws) {
    if (!ws.openingCheck().ok()) {
      io.err().println("rekap: " + io.text("integrity.warning.open"));
      io.err().flush();
    }
  }

  /**
   * The user named by --user, logged in with the password from REKAP_PASSWORD or the console. Every
   * command that changes the workspace acts as this user; the audit log names them, never the
   * operating system's account.
   */
  public id.rekap.core.user.User login(Workspace ws) {
    if (user == null) {
      throw id.rekap.core.common.RekapException.badInput("user.error.loginRequired");
    }
    return ws.users().login(user, password("cli.password.prompt", user));
  }

  /**
   * The logged-in user, refused at once without the role: for commands that look at other things
   * (the key file, a port) before their use case checks the role itself.
   */
  public id.rekap.core.user.User login(Workspace ws, id.rekap.core.user.Role needed) {
    var u = login(ws);
    id.rekap.core.user.Users.require(u, needed);
    return u;
  }

  /** A password from REKAP_PASSWORD (scripts) or typed at the console without echo. */
  public char[] password(String promptKey, Object... args) {
    return secret("REKAP_PASSWORD", promptKey, args);
  }

  /**
   * A new password from REKAP_NEW_PASSWORD (scripts) or typed twice at the console without echo.
   */
  public char[] newPassword(String name) {
    return newPassword("REKAP_NEW_PASSWORD", name);
  }

  /** A password being chosen: from the variable (scripts), or typed twice without echo. */
  public char[] newPassword(String variable, String name) {
    String fromEnv = env.get(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    char[] typed = secret(null, "cli.password.new", name);
    char[] again = secret(null, "cli.password.again", name);
    if (!java.util.Arrays.equals(typed, again)) {
      throw id.rekap.core.common.RekapException.badInput("cli.password.mismatch");
    }
    return typed;
  }

  /** A secret from the variable (scripts) or typed at the console without echo. */
  public char[] secret(String variable, String promptKey, Object... args) {
    String fromEnv = variable == null ? null : env.get(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    java.io.Console console = System.console();
    if (console == null) {
      throw id.rekap.core.common.RekapException.badInput("cli.password.none");
    }
    char[] typed = console.readPassword("%s", io.text(promptKey, args));
    if (typed == null) {
      throw id.rekap.core.common.RekapException.badInput("cli.password.none");
    }
    return typed;
  }

  /** No command: the desktop app. */
  @Override
  public Integer call() {
    return new GuiCommand(this).call();
  }
}
