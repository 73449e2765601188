package id.rekap.core.support;

import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;

/** The users a plenary test needs, logged in: an admin, the chair (ketua) and an operator (ani). */
public record PlenaryUsers(User admin, User chair, User operator) {
  /** The password every test person sets for themselves (it passes the password rules). */
  public static final String PASSWORD = "tinta-biru-pleno-7";

  /** The temporary password the admin hands out before the person sets {@link #PASSWORD}. */
  public static final String TEMPORARY = "kertas-sementara-3";

  public static PlenaryUsers add(Workspace ws) {
    User admin = admin(ws);
    return new PlenaryUsers(
        admin, person(ws, admin, "ketua", Role.CHAIR), person(ws, admin, "ani", Role.OPERATOR));
  }

  /** The workspace's first admin (made with the test workspace), logged in. */
  public static User admin(Workspace ws) {
    return ws.users().login(Workspaces.ADMIN, Workspaces.ADMIN_PASSWORD.toCharArray());
  }

  /**
   * A person the admin adds with a temporary password, who then sets {@link #PASSWORD}; logged in.
   */
  public static User person(Workspace ws, User admin, String name, Role role) {
    ws.users().add(admin, name, role, TEMPORARY.toCharArray());
    return ws.users().changePassword(name, TEMPORARY.toCharArray(), PASSWORD.toCharArray());
  }
}
