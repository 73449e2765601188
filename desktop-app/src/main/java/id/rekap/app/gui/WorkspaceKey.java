package id.rekap.app.gui;

import id.rekap.core.common.RekapException;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
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
      if (!Files.exists(ws.keys().file())) {
        throw RekapException.badInput("keys.error.none");
      }
      return SigningKey.load(ws.keys().file(), passphrase);
    } catch (IllegalArgumentException e) {
      throw RekapException.badInput("keys.error.open", ws.keys().file());
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }
}
