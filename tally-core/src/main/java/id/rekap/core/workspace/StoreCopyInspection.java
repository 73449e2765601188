package id.rekap.core.workspace;

import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.backup.BackupManifest;
import id.rekap.core.backup.StoreInspector;
import id.rekap.core.common.RekapException;
import id.rekap.core.store.Database;
import id.rekap.core.store.StoreCopies;
import id.rekap.signing.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;

/** Opens a copy of a workspace store and reads all of it (see {@link Workspace#inspect}). */
final class StoreCopyInspection {
  private StoreCopyInspection() {}

  static StoreInspector.Inspection inspect(Path copy, Clock clock) {
    Database db = Database.openReadOnly(copy);
    var schema = db.copies().schema();
    if (schema != StoreCopies.Schema.CURRENT) {
      db.close();
      if (schema == StoreCopies.Schema.NEWER) {
        throw RekapException.badInput("backup.error.newer", copy);
      }
      db = Database.open(copy, false);
    }
    Database opened = db;
    try (Workspace ws =
        Workspace.over(opened, d -> new Workspace(copy, d, clock, new PasswordHasher()))) {
      VerifyAudit.Result verdict = ws.verifyAudit().run();
      return new StoreInspector.Inspection(
          BackupManifest.Identity.of(ws.info()),
          verdict,
          opened.copies().readEverything(),
          opened.copies().schemaVersion());
    }
  }
}
