package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap users list} and {@code rekap users add NAME --role ROLE}: the first user of a
 * workspace (an admin) needs no login; later ones are added by an admin ({@code --user}). The new
 * user's password comes from REKAP_NEW_PASSWORD or is asked.
 */
@Command(
    name = "users",
    description = "Pengguna ruang kerja (operator, verifier, chair, admin).",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Deactivate.class,
      UsersCommand.Activate.class
    })
final class UsersCommand {
  @ParentCommand RootCommand root;

  @Command(name = "list", description = "Daftar pengguna.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand private UsersCommand parent;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ws.users()
            .list()
            .forEach(
                u ->
                    parent
                        .root
                        .io()
                        .out()
                        .printf(
                            "%-20s %-9s %s%n",
                            u.name(), u.role().id(), u.active() ? "active" : "inactive"));
      }
      return 0;
    }
  }

  @Command(
      name = "add",
      description = "Tambah pengguna: rekap --user ADMIN users add NAMA --role operator")
  static final class Add implements Callable<Integer> {
    @ParentCommand private UsersCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Option(names = "--role", required = true, paramLabel = "operator|verifier|chair|admin")
    private String role;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      Role r = Role.of(role).orElseThrow(() -> RekapException.usage("cli.users.role", role));
      try (Workspace ws = root.openWorkspace()) {
        User by = ws.users().anyUser() ? root.login(ws) : null;
        String fromEnv = root.env().get("REKAP_NEW_PASSWORD");
        char[] password =
            fromEnv != null && !fromEnv.isEmpty()
                ? fromEnv.toCharArray()
                : root.password("cli.password.new", name);
        ws.users().add(by, root.actor(), name, r, password);
        root.io().out().println(root.io().text("cli.users.added", name, r.id()));
      }
      return 0;
    }
  }

  /** Deactivates or reactivates a user (admin). */
  private static int setActive(RootCommand root, String name, boolean active) {
    try (Workspace ws = root.openWorkspace()) {
      ws.users().setActive(root.login(ws), name, active);
      root.io()
          .out()
          .println(root.io().text("cli.users.active", name, active ? "active" : "inactive"));
    }
    return 0;
  }

  @Command(name = "deactivate", description = "Nonaktifkan pengguna (admin); riwayatnya tetap.")
  static final class Deactivate implements Callable<Integer> {
    @ParentCommand private UsersCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Override
    public Integer call() {
      return setActive(parent.root, name, false);
    }
  }

  @Command(name = "activate", description = "Aktifkan lagi pengguna (admin).")
  static final class Activate implements Callable<Integer> {
    @ParentCommand private UsersCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Override
    public Integer call() {
      return setActive(parent.root, name, true);
    }
  }
}
