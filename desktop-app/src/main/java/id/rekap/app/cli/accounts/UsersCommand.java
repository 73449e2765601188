package id.rekap.app.cli.accounts;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
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
 * {@code rekap users list} and {@code rekap --user ADMIN users add NAME --role ROLE}: an admin adds
 * a user with a temporary password (REKAP_NEW_PASSWORD or asked twice) that its holder replaces
 * with {@code rekap --user NAME password}. The first admin is made by {@code init --admin}; only a
 * workspace without any account (made by {@code init} without {@code --admin}, or by an older
 * version) takes its first admin here, without a login.
 */
@Command(
    name = "users",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Deactivate.class,
      UsersCommand.Activate.class
    })
public final class UsersCommand {
  @ParentCommand RootCommand root;

  @Command(name = "list")
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
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "add")
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
        if (!ws.users().anyUser()) {
          if (r != Role.ADMIN) {
            throw RekapException.badInput("user.error.firstAdmin");
          }
          ws.users().addFirstAdmin(name, root.newPassword(name));
          root.io().out().println(root.io().text("cli.users.added", name, r.id()));
          return ExitStatus.OK.code();
        }
        User by = root.login(ws);
        ws.users().add(by, name, r, root.newPassword(name));
        root.io().out().println(root.io().text("cli.users.added", name, r.id()));
        root.io().out().println(root.io().text("cli.users.temporary", name));
      }
      return ExitStatus.OK.code();
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
    return ExitStatus.OK.code();
  }

  @Command(name = "deactivate")
  static final class Deactivate implements Callable<Integer> {
    @ParentCommand private UsersCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Override
    public Integer call() {
      return setActive(parent.root, name, false);
    }
  }

  @Command(name = "activate")
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
