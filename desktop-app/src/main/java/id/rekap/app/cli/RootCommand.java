package id.rekap.app.cli;

import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code rekap [--workspace DIR] COMMAND}: the command tree of docs/contract.md §1. */
@Command(
    name = "rekap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rekapitulasi suara berjenjang untuk PPK dan KPU Kabupaten/Kota.")
public final class RootCommand implements Callable<Integer> {
  /**
   * The commands of formats.md §1, in the order {@code rekap --help} lists them. Not in the
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

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Folder ruang kerja (bawaan: $REKAP_HOME, atau ~/.rekap).")
  private Path workspace;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Catat jejak tumpukan kesalahan di log (rekap.log).")
  private boolean debug;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Pengguna yang bertindak; kata sandi dari REKAP_PASSWORD atau ditanyakan.")
  private String user;

  RootCommand(CliIo io, Env env) {
    this.io = io;
    this.env = env;
  }

  CliIo io() {
    return io;
  }

  Env env() {
    return env;
  }

  boolean debug() {
    return debug;
  }

  /** The name given with --user, or null. */
  String userName() {
    return user;
  }

  /** True when the user named the workspace explicitly (option or $REKAP_HOME). */
  boolean workspaceGiven() {
    return workspace != null || (env.get("REKAP_HOME") != null && !env.get("REKAP_HOME").isBlank());
  }

  Path workspaceFolder() {
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
  Workspace openWorkspace() {
    Workspace ws = Workspace.open(workspaceFolder(), env.clock());
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
  Workspace openForReading() {
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
  id.rekap.core.user.User login(Workspace ws) {
    if (user == null) {
      throw id.rekap.core.common.RekapException.badInput("user.error.loginRequired");
    }
    return ws.users().login(user, password("cli.password.prompt", user));
  }

  /**
   * The logged-in user, refused at once without the role: for commands that look at other things
   * (the key file, a port) before their use case checks the role itself.
   */
  id.rekap.core.user.User login(Workspace ws, id.rekap.core.user.Role needed) {
    var u = login(ws);
    id.rekap.core.user.Users.require(u, needed);
    return u;
  }

  /** A password from REKAP_PASSWORD (scripts) or typed at the console without echo. */
  char[] password(String promptKey, Object... args) {
    return secret("REKAP_PASSWORD", promptKey, args);
  }

  /**
   * A new password from REKAP_NEW_PASSWORD (scripts) or typed twice at the console without echo.
   */
  char[] newPassword(String name) {
    return newPassword("REKAP_NEW_PASSWORD", name);
  }

  /** A password being chosen: from the variable (scripts), or typed twice without echo. */
  char[] newPassword(String variable, String name) {
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
  char[] secret(String variable, String promptKey, Object... args) {
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
