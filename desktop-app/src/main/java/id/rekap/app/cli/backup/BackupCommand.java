package id.rekap.app.cli.backup;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.VersionProvider;
import id.rekap.core.backup.BackupCheck;
import id.rekap.core.backup.BackupFolder;
import id.rekap.core.backup.BackupManifest;
import id.rekap.core.backup.Backups;
import id.rekap.core.common.RekapException;
import id.rekap.core.workspace.RestoreBackup;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap backup now|list|verify|restore|second-folder}: the workspace's backups
 * (docs/security.md, "Backups and crash safety"). Taking, listing and checking need no login (they
 * change nothing in the store); restoring and setting the second folder need the chair.
 */
@Command(
    name = "backup",
    subcommands = {
      BackupCommand.Now.class,
      BackupCommand.ListBackups.class,
      BackupCommand.Verify.class,
      BackupCommand.Restore.class,
      BackupCommand.SecondFolder.class
    })
public final class BackupCommand {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @ParentCommand RootCommand root;

  /** The workspace, opened without the automatic backup of other commands. */
  Workspace open() {
    return Workspace.open(root.workspaceFolder(), root.env().clock(), root.env().passwords());
  }

  static String time(Instant at, Clock clock) {
    return TIME.format(at.atZone(clock.getZone()));
  }

  static String hash(String hex) {
    return hex.substring(0, 16);
  }

  @Command(name = "now")
  static final class Now implements Callable<Integer> {
    @ParentCommand private BackupCommand parent;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      try (Workspace ws = parent.open()) {
        Backups.Made made = ws.backups(VersionProvider.version()).create("manual");
        BackupManifest m = made.backup().manifest().orElseThrow();
        io.out()
            .println(
                io.text(
                    "cli.backup.made",
                    made.backup().file(),
                    m.head().seq(),
                    hash(m.head().hash()),
                    megabytes(made.backup().size())));
        made.secondCopy().ifPresent(p -> io.out().println(io.text("cli.backup.second", p)));
        if (made.secondProblem().isPresent()) {
          var p = made.secondProblem().get();
          io.err().println("rekap: " + io.text(p.key(), p.args().toArray()));
          return ExitStatus.FOUND_WRONG.code();
        }
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListBackups implements Callable<Integer> {
    @ParentCommand private BackupCommand parent;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      Clock clock = parent.root.env().clock();
      try (Workspace ws = parent.open()) {
        Backups backups = ws.backups(VersionProvider.version());
        print(io, clock, backups.folder());
        var second = backups.secondFolder();
        if (second.isPresent()) {
          print(io, clock, second.get());
        } else {
          io.out().println(io.text("cli.backup.noSecond"));
        }
      }
      return ExitStatus.OK.code();
    }

    private static void print(CliIo io, Clock clock, BackupFolder folder) {
      io.out().println(io.text("cli.backup.folder", folder.path()));
      List<BackupFolder.Entry> entries = folder.list();
      if (entries.isEmpty()) {
        io.out().println("  " + io.text("cli.backup.none"));
      }
      for (BackupFolder.Entry e : entries) {
        if (e.manifest().isEmpty()) {
          io.out()
              .printf(
                  "  %-19s %s %s%n", "?", io.text("cli.backup.unreadable"), e.file().getFileName());
          continue;
        }
        BackupManifest m = e.manifest().get();
        io.out()
            .printf(
                "  %s  %-10s %s  %s  %s%n",
                time(m.createdAt(), clock),
                io.text("backup.reason." + m.reason()),
                io.text("cli.backup.head", m.head().seq(), hash(m.head().hash())),
                megabytes(e.size()),
                e.file().getFileName());
      }
    }
  }

  @Command(name = "verify")
  static final class Verify implements Callable<Integer> {
    @ParentCommand private BackupCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..*")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--all")
    private boolean all;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      CliIo io = root.io();
      Clock clock = root.env().clock();
      List<BackupCheck.Verdict> verdicts = new ArrayList<>();
      if (!files.isEmpty()) {
        Path folder = root.workspaceFolder();
        Path scratch =
            Files.isDirectory(folder) ? folder : Path.of(System.getProperty("java.io.tmpdir"));
        BackupCheck check = new BackupCheck(copy -> Workspace.inspect(copy, clock));
        for (Path f : files) {
          verdicts.add(check.check(f, scratch));
        }
      } else {
        try (Workspace ws = parent.open()) {
          Backups backups = ws.backups(VersionProvider.version());
          List<BackupFolder.Entry> entries = backups.list();
          if (entries.isEmpty()) {
            throw RekapException.badInput("cli.backup.noneToVerify", backups.folder().path());
          }
          for (BackupFolder.Entry e : all ? entries : entries.subList(0, 1)) {
            verdicts.add(backups.verify(e.file()));
          }
        }
      }
      boolean ok = true;
      for (BackupCheck.Verdict v : verdicts) {
        if (v.ok()) {
          BackupManifest m = v.manifest().orElseThrow();
          io.out()
              .println(
                  io.text(
                      "cli.backup.verified",
                      v.file(),
                      time(m.createdAt(), clock),
                      m.workspace().name(),
                      m.workspace().region(),
                      m.head().seq(),
                      hash(m.head().hash())));
        } else {
          ok = false;
          var p = v.problem().orElseThrow();
          io.err().println("rekap: " + io.text(p.key(), p.args().toArray()));
        }
      }
      return ExitStatus.wrongIf(!ok);
    }
  }

  @Command(name = "restore")
  static final class Restore implements Callable<Integer> {
    @ParentCommand private BackupCommand parent;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--yes")
    private boolean yes;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      CliIo io = root.io();
      Clock clock = root.env().clock();
      Path folder = root.workspaceFolder();
      RestoreBackup.Plan plan = RestoreBackup.plan(folder, file, clock);
      BackupManifest m = plan.manifest();
      io.out()
          .println(
              io.text(
                  "cli.restore.holds",
                  file,
                  time(m.createdAt(), clock),
                  io.text("backup.reason." + m.reason()),
                  m.workspace().name(),
                  m.workspace().region(),
                  m.head().seq(),
                  m.head().hash(),
                  m.software()));
      var current = plan.current();
      if (!current.exists()) {
        io.out().println(io.text("cli.restore.fresh", folder.toAbsolutePath()));
      } else if (current.readable()) {
        var h = current.head().orElseThrow();
        io.out().println(io.text("cli.restore.current", h.seq(), hash(h.hash())));
      } else {
        io.out().println(io.text("cli.restore.unreadable"));
      }
      if (!yes) {
        io.out().println(io.text("cli.restore.confirm"));
        return ExitStatus.OK.code();
      }
      if (root.userName() == null) {
        throw RekapException.badInput("user.error.loginRequired");
      }
      char[] password = root.password("cli.password.prompt", root.userName());
      RestoreBackup.Done done;
      try {
        done = RestoreBackup.run(folder, file, root.userName(), password, clock);
      } finally {
        Arrays.fill(password, '\0');
      }
      io.out()
          .println(
              io.text(
                  "cli.restore.done",
                  folder.toAbsolutePath(),
                  done.restoredHead().seq(),
                  hash(done.restoredHead().hash())));
      done.keptAs().ifPresent(k -> io.out().println(io.text("cli.restore.kept", k)));
      if (!done.carriedPackages().isEmpty()) {
        io.out().println(io.text("cli.restore.carried", done.carriedPackages()));
      }
      io.out().println(io.text("cli.restore.next"));
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "second-folder")
  static final class SecondFolder implements Callable<Integer> {
    @ParentCommand private BackupCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR")
    private Path folder;

    @Option(names = "--off")
    private boolean off;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      CliIo io = root.io();
      if (folder != null && off) {
        throw RekapException.usage("cli.backup.secondBoth");
      }
      try (Workspace ws = parent.open()) {
        Backups backups = ws.backups(VersionProvider.version());
        if (folder != null || off) {
          backups.setSecondFolder(root.login(ws), off ? null : folder);
        }
        io.out()
            .println(
                backups
                    .secondFolder()
                    .map(f -> io.text("cli.backup.secondIs", f.path()))
                    .orElse(io.text("cli.backup.noSecond")));
      }
      return ExitStatus.OK.code();
    }
  }

  static String megabytes(long bytes) {
    return String.format(id.rekap.core.common.Messages.INDONESIAN, "%.1f MB", bytes / 1_048_576.0);
  }
}
