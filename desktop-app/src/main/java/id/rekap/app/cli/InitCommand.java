package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap init}: create a workspace for one tally centre. */
@Command(name = "init", description = "Buat ruang kerja untuk satu pusat rekapitulasi.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(
      names = "--level",
      required = true,
      paramLabel = "kecamatan|kabkota",
      description = "Tingkat: kecamatan (PPK) atau kabkota (KPU Kab/Kota).")
  private String level;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "Kode wilayah (6 digit kecamatan, 4 digit kab/kota; boleh bertitik).")
  private String region;

  @Option(
      names = "--election",
      required = true,
      paramLabel = "FILE",
      description = "Berkas definisi pemilu (rekap-election/1).")
  private Path election;

  @Option(names = "--name", paramLabel = "TEXT", description = "Nama pusat rekapitulasi.")
  private String name;

  @Option(
      names = "--admin",
      paramLabel = "NAME",
      description = "Buat admin pertama (kata sandi dari REKAP_PASSWORD atau ditanyakan).")
  private String admin;

  @Override
  public Integer call() {
    WorkspaceLevel lvl =
        WorkspaceLevel.of(level).orElseThrow(() -> RekapException.usage("cli.init.level", level));
    Path folder = root.workspaceFolder();
    // the password is asked before anything is created: a refusal leaves nothing behind
    CreateWorkspace.FirstAdmin first =
        admin == null
            ? null
            : new CreateWorkspace.FirstAdmin(admin, root.password("cli.password.new", admin));
    try (Workspace ws =
        CreateWorkspace.run(
            folder,
            new CreateWorkspace.Request(lvl, region, election, name),
            first,
            root.env().clock(),
            root.actor())) {
      CliIo io = root.io();
      if (admin != null) {
        io.out().println(io.text("cli.users.added", admin, "admin"));
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
    return 0;
  }
}
