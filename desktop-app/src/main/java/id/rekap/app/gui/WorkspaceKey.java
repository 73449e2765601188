package id.rekap.app.gui;

import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.util.Arrays;

/**
 * Opens the workspace's signing key with the passphrase the clerk just typed, for one signing job
 * (a package, a signed form, the receiver), and wipes the typed passphrase. The key is never kept
 * by a screen: each signing asks again, as the command line does.
 */
public final class WorkspaceKey {
  private WorkspaceKey() {}

  public static SigningKey open(Workspace ws, char[] passphrase) {
    try {
      return ws.keys().open(passphrase);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }
}
