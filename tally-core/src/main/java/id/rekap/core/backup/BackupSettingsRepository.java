package id.rekap.core.backup;

import java.util.Optional;

/** Port: where verified backups are also copied (a USB stick), kept in the store. */
public interface BackupSettingsRepository {
  /** The second folder, if one is set. */
  Optional<String> secondFolder();

  /** Sets (or with null clears) the second folder. */
  void setSecondFolder(String folder, String by, String at);
}
