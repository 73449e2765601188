package id.rekap.app.gui;

import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The two tally centres of the sync and package screens' tests, on today's clock (certificates are
 * checked against now): a PPK of Kepulauan Seribu Utara with the real results, and the KPU of
 * Kepulauan Seribu with the region list only.
 */
public final class Centres {
  public static final Clock CLOCK = Clock.systemUTC();
  public static final String PASSPHRASE = "frasa-sandi-uji-gui";
  public static final User CHAIR = new User("ketua", Role.CHAIR);
  public static final User OPERATOR = new User("ani", Role.OPERATOR);

  private Centres() {}

  public static Workspace ppk(Path folder) {
    return ppk(folder, "310101", "PPK UTARA");
  }

  /** The PPK of another kecamatan of Kepulauan Seribu, with the real results. */
  public static Workspace ppk(Path folder, String kecamatan, String name) {
    Path files = Workspaces.demoFiles();
    Workspace ws =
        CreateWorkspace.run(
            folder,
            new CreateWorkspace.Request(
                WorkspaceLevel.KECAMATAN, kecamatan, files.resolve(DemoData.ELECTION), name),
            admin(),
            CLOCK);
    ws.importRegions(Workspaces.CLERK, List.of(files.resolve(DemoData.REGIONS)));
    Workspaces.importFiles(ws, files.resolve(DemoData.RESULTS));
    return ws;
  }

  public static Workspace kabkota(Path folder) {
    Path files = Workspaces.demoFiles();
    Workspace ws =
        CreateWorkspace.run(
            folder,
            new CreateWorkspace.Request(
                WorkspaceLevel.KABKOTA, "3101", files.resolve(DemoData.ELECTION), "KPU 3101"),
            admin(),
            CLOCK);
    ws.importRegions(Workspaces.CLERK, List.of(files.resolve(DemoData.REGIONS)));
    return ws;
  }

  private static CreateWorkspace.FirstAdmin admin() {
    return new CreateWorkspace.FirstAdmin(
        Workspaces.ADMIN, Workspaces.ADMIN_PASSWORD.toCharArray());
  }

  /** A session on the workspace, logged in as the user (no password check: not under test). */
  public static Session session(Workspace ws, User user) {
    Session s = new Session(ws, new DirectJobs(), CLOCK, Locale.of("id", "ID"));
    s.user().set(user);
    return s;
  }
}
