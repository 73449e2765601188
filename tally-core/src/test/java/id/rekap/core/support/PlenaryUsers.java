package id.rekap.core.support;

import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;

/** The users a plenary test needs, logged in: an admin, the chair (ketua) and an operator (ani). */
public record PlenaryUsers(User admin, User chair, User operator) {
  public static PlenaryUsers add(Workspace ws) {
    var users = ws.users();
    users.add(null, Workspaces.ACTOR, "admin", Role.ADMIN, "admin-rahasia".toCharArray());
    User admin = users.login("admin", "admin-rahasia".toCharArray());
    users.add(admin, null, "ketua", Role.CHAIR, "sandi-ketua".toCharArray());
    users.add(admin, null, "ani", Role.OPERATOR, "sandi-ani-1".toCharArray());
    return new PlenaryUsers(
        admin,
        users.login("ketua", "sandi-ketua".toCharArray()),
        users.login("ani", "sandi-ani-1".toCharArray()));
  }
}
