package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.region.ImportRegions;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rekap regions import PATH...}: region and TPS master data. */
@Command(name = "regions", subcommands = RegionsCommand.Import.class)
public final class RegionsCommand {
  @ParentCommand RootCommand root;

  @Command(name = "import")
  static final class Import implements Callable<Integer> {
    @ParentCommand private RegionsCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    private List<Path> paths;

    @picocli.CommandLine.Option(names = "--correction", paramLabel = "REASON")
    private String correction;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ImportRegions.Summary s = ws.importRegions(root.login(ws), paths, correction);
        CliIo io = root.io();
        io.out()
            .println(
                io.text(
                    "cli.regions.done",
                    s.files(),
                    io.count(s.regionsAdded()),
                    io.count(s.regionsRenamed()),
                    io.count(s.tpsAdded()),
                    io.count(s.tpsUpdated()),
                    io.count(s.unchanged())));
        if (s.outside() > 0) {
          io.out().println(io.text("cli.regions.outside", io.count(s.outside())));
        }
        io.out()
            .println(
                io.text(
                    "cli.regions.total",
                    io.count(ws.regionTree().tpsCount()),
                    ws.info().region().dotted()));
      }
      return ExitStatus.OK.code();
    }
  }
}
