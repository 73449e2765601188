package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.GuiCommand;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.backup.AutoBackup;
import id.rekap.app.cli.results.RecapText;
import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap demo}: prepare the demo workspace (the real Kepulauan Seribu sample) and open it —
 * in the desktop app when a display is available, else as a status and recap on the terminal. It
 * lives in {@code ~/.rekap-demo} unless a workspace is named, so it never touches real work.
 */
@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--reset")
  private boolean reset;

  @Option(names = "--no-gui")
  private boolean noGui;

  @Override
  public Integer call() throws IOException {
    Path folder =
        root.workspaceGiven() ? root.workspaceFolder() : root.env().home().resolve(".rekap-demo");
    CliIo io = root.io();
    if (reset && Workspace.exists(folder)) {
      deleteWorkspace(folder);
    }
    if (!Workspace.exists(folder)) {
      io.out().println(io.text("cli.demo.creating", folder.toAbsolutePath()));
      // the demo's import is a change: its backup is taken now, not by the next command
      try (Workspace made = DemoData.create(folder, root.env().clock(), root.env().passwords())) {
        AutoBackup.ifDue(made, io);
      }
    }
    boolean display = GuiCommand.displayAvailable(root.env());
    if (!noGui && display && GuiCommand.gtkMissing()) {
      // a display but no GTK 3: say what to install, then the terminal summary
      io.err().println(io.text("cli.demo.noGtk"));
    } else if (!noGui && display) {
      String password = root.env().get("REKAP_PASSWORD");
      return root.desktopApp()
          .open(
              folder,
              null,
              root.userName(),
              password == null || password.isEmpty() ? null : password,
              io.locale());
    }
    try (Workspace ws = Workspace.open(folder, root.env().clock(), root.env().passwords())) {
      io.out().println(io.text("cli.demo.ready", folder.toAbsolutePath()));
      new StatusPrinter(io).print(ws);
      io.out().println();
      new RecapText(io)
          .print(
              ws.recap().contest(ContestCode.PPWP),
              ws.recap().run(ContestCode.PPWP, RecapLevel.KECAMATAN));
      io.out().println();
      // an installed copy (jpackage launcher) is run as "rekap", the source tree as "./rekap"
      String command = System.getProperty("jpackage.app-path") == null ? "./rekap" : "rekap";
      io.out().println(io.text("cli.demo.try", folder.toAbsolutePath(), command));
    }
    return ExitStatus.OK.code();
  }

  private static void deleteWorkspace(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
