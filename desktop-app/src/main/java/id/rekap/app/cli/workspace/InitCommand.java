package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
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
@Command(name = "init", description = "Buat ruang kerja untuk satu pusat rekapitulasi.")
public final class InitCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(
      names = "--level",
      required = true,
      paramLabel = "kecamatan|kabkota|provinsi",
      description =
          "Tingkat: kecamatan (PPK), kabkota (KPU Kab/Kota) atau provinsi (KPU Provinsi).")
  private String level;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description =
          "Kode wilayah (6 digit kecamatan, 4 digit kab/kota, 2 digit provinsi; boleh bertitik).")
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
      description =
          "Admin pertama (kata sandi pilihannya sendiri dari REKAP_PASSWORD atau ditanyakan);"
              + " tanpa ini admin pertama dibuat sesudahnya (users add atau layar masuk).")
  private String admin;

  @Option(
      names = "--regions",
      paramLabel = "PATH",
      description = "Data wilayah/TPS pertama (seperti regions import), diimpor saat pembuatan.")
  private java.util.List<Path> regions;

  @Option(
      names = "--store",
      paramLabel = "postgresql://HOST:PORT/DB",
      description =
          "Simpan ruang kerja di server PostgreSQL (boleh ?schema=NAMA), bukan di berkas H2;"
              + " akun dari REKAP_DB_USER, kata sandi dari REKAP_DB_PASSWORD atau ditanyakan.")
  private String store;

  @Override
  public Integer call() {
    WorkspaceLevel lvl =
        WorkspaceLevel.of(level).orElseThrow(() -> RekapException.usage("cli.init.level", level));
    Path folder = root.workspaceFolder();
    if (admin == null && regions != null && !regions.isEmpty()) {
      throw RekapException.usage("cli.init.regionsNeedAdmin");
    }
    // the password is asked before anything is created: a refusal leaves nothing behind
    CreateWorkspace.FirstAdmin first =
        admin == null
            ? null
            : new CreateWorkspace.FirstAdmin(admin, root.newPassword("REKAP_PASSWORD", admin));
    CreateWorkspace.Request request = new CreateWorkspace.Request(lvl, region, election, name);
    if (store != null) {
      StoreLocation location = StoreLocation.parse(store, root.env().variables());
      // from REKAP_DB_PASSWORD, else typed without echo; never an option on the command line
      String password =
          new String(
              root.secret(StoreLocation.PASSWORD_ENV, "cli.init.storePassword", location.user()));
      request = request.onServer(location, password);
    }
    try (Workspace ws = CreateWorkspace.run(folder, request, first, root.env().clock())) {
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
    return 0;
  }
}
