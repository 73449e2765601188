package id.rekap.app.cli;

import id.rekap.core.common.Actor;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code rekap [--workspace DIR] COMMAND}: the command tree of formats.md §1. */
@Command(
    name = "rekap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rekapitulasi suara berjenjang untuk PPK dan KPU Kabupaten/Kota.",
    subcommands = {
      InitCommand.class,
      RegionsCommand.class,
      ImportCommand.class,
      StatusCommand.class,
      RecapCommand.class,
      ReportCommand.class,
      CheckCommand.class,
      RulesCommand.class,
      AuditCommand.class,
      DemoCommand.class,
      GuiCommand.class
    })
public final class RootCommand implements Callable<Integer> {
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
      description = "Tampilkan jejak tumpukan pada kesalahan.")
  private boolean debug;

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

  Workspace openWorkspace() {
    return Workspace.open(workspaceFolder(), env.clock());
  }

  /** Until workspace users exist (login comes with plenary intake), the OS account acts. */
  Actor actor() {
    return Actor.systemUser();
  }

  /** No command: the desktop app. */
  @Override
  public Integer call() {
    return new GuiCommand(this).call();
  }
}
