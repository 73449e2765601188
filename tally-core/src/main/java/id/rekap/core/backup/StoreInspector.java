package id.rekap.core.backup;

import id.rekap.core.audit.VerifyAudit;
import java.nio.file.Path;
import java.util.SortedMap;

/**
 * Port: opens a copy of a workspace store (a folder holding {@code rekap.mv.db}) read-only, runs
 * the workspace's own verification over it, and reads every row (implemented by the workspace).
 */
@FunctionalInterface
public interface StoreInspector {
  /**
   * What the copy holds.
   *
   * @param workspace whose store it is
   * @param audit the verdict of the same check {@code rekap audit verify} runs
   * @param rows rows per table, every one of them read to its end
   * @param schema the newest migration applied to the copy
   */
  record Inspection(
      BackupManifest.Identity workspace,
      VerifyAudit.Result audit,
      SortedMap<String, Long> rows,
      String schema) {}

  /** Inspects the copy; a copy that cannot be opened at all is a {@code RekapException}. */
  Inspection inspect(Path folder);
}
