package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.BACKUP_SETTING;

import id.rekap.core.backup.BackupSettingsRepository;
import java.util.Optional;
import org.jooq.DSLContext;

/** The backup settings row in backup_setting. */
public final class JooqBackupSettings implements BackupSettingsRepository {
  private final DSLContext dsl;

  public JooqBackupSettings(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<String> secondFolder() {
    return dsl.select(BACKUP_SETTING.SECOND_FOLDER)
        .from(BACKUP_SETTING)
        .where(BACKUP_SETTING.ID.eq(1))
        .fetchOptional()
        .map(r -> r.value1()); // a row with no folder (cleared) is no folder
  }

  @Override
  public void setSecondFolder(String folder, String by, String at) {
    dsl.deleteFrom(BACKUP_SETTING).execute();
    dsl.insertInto(BACKUP_SETTING)
        .set(BACKUP_SETTING.ID, 1)
        .set(BACKUP_SETTING.SECOND_FOLDER, folder)
        .set(BACKUP_SETTING.SET_BY, by)
        .set(BACKUP_SETTING.SET_AT, at)
        .execute();
  }
}
