package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.StoreLocation;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap init}: create a workspace for one tally centre. */
@Command(name = "init")
public final class InitCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--level", required = true, paramLabel = "kecamatan|kabkota|provinsi")
  private WorkspaceLevel level;

  @Option(names = "--region", required = true, paramLabel = "CODE")
  private String region;

  @Option(names = "--election", required = true, paramLabel = "FILE")
  private Path election;

  @Option(names = "--name", paramLabel = "TEXT")
  private String name;

  @Option(names = "--admin", paramLabel = "NAME")
  private String admin;

  @Option(names = "--regions", paramLabel = "PATH")
  private java.util.List<Path> regions;

  @Option(names = "--store", paramLabel = "postgresql://HOST:PORT/DB")
  private String store;

  @Override
  public Integer call() {
    Path folder = root.workspaceFolder();
    if (admin == null && regions != null && !regions.isEmpty()) {
      throw RekapException.usage("cli.init.regionsNeedAdmin");
    }
    // the password is asked before anything is created: a refusal leaves nothing behind
    CreateWorkspace.FirstAdmin first =
        admin == null
            ? null
            : new CreateWorkspace.FirstAdmin(admin, root.newPassword("REKAP_PASSWORD", admin));
    CreateWorkspace.Request request = new CreateWorkspace.Request(level, region, election, name);
    if (store != null) {
      StoreLocation location = StoreLocation.parse(store, root.env().variables());
      // from REKAP_DB_PASSWORD, else typed without echo; never an option on the command line
      String password =
          new String(
              root.secret(StoreLocation.PASSWORD_ENV, "cli.init.storePassword", location.user()));
      request = request.onServer(location, password);
    }
    try (Workspace ws =
        CreateWorkspace.run(folder, request, first, root.env().clock(), root.env().passwords())) {
      CliIo io = root.io();
      if (admin != null) {
        io.out().println(io.text("cli.users.added", admin, "admin"));
      }
      if (regions != null && !regions.isEmpty()) {
        CreateWorkspace.setUp(ws, admin, new CreateWorkspace.Setup(java.util.List.of(), regions));
        io.out()
            .println(
                io.text(
                    "cli.regions.total",
                    io.count(ws.regionTree().tpsCount()),
                    ws.info().region().dotted()));
      }
      io.out()
          .println(
              io.text(
                  "cli.init.done",
                  folder.toAbsolutePath(),
                  ws.info().level().id(),
                  ws.info().region().dotted(),
                  ws.info().electionId(),
                  ws.info().electionMode()));
      io.out().println(io.text("cli.init.next"));
    }
    return ExitStatus.OK.code();
  }
}
