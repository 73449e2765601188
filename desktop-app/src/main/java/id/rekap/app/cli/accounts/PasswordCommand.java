package id.rekap.app.cli.accounts;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user NAME password}: the account holder replaces their password, first of all the
 * temporary one an admin gave them. The current password comes from REKAP_PASSWORD or is asked, the
 * new one from REKAP_NEW_PASSWORD or is asked twice.
 */
@Command(name = "password")
public final class PasswordCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Override
  public Integer call() {
    String name = root.userName();
    if (name == null) {
      throw RekapException.badInput("user.error.loginRequired");
    }
    try (Workspace ws = root.openWorkspace()) {
      char[] current = root.password("cli.password.prompt", name);
      ws.users().changePassword(name, current, root.newPassword(name));
      root.io().out().println(root.io().text("cli.password.changed", name));
    }
    return ExitStatus.OK.code();
  }
}
