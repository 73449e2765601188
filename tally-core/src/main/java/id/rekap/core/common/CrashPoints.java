package id.rekap.core.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Named moments inside a use case where a crash matters most (between a commit and a rename, before
 * a workspace is published). In the product nothing happens there; the crash tests install a hook
 * that stops the process at one of them, exactly there, instead of hoping a timed kill lands in a
 * window of a few milliseconds.
 */
public final class CrashPoints {
  /** {@code rekap init}: the new store is complete in its staging folder, not yet published. */
  public static final String INIT_STAGED = "init.staged";

  /** {@code rekap init}: the store is under its final name; the staging folder not yet removed. */
  public static final String INIT_PUBLISHED = "init.published";

  /** {@code package export}: the file is staged and forced to disk; the database not committed. */
  public static final String PACKAGE_STAGED = "package.export.staged";

  /** {@code package export}: the database has committed; the file not yet under its name. */
  public static final String PACKAGE_COMMITTED = "package.export.committed";

  /** A backup is written and verified under its temporary name, not yet under its final name. */
  public static final String BACKUP_VERIFIED = "backup.verified";

  /** Restore: the current store is kept aside; the restored one not yet in its place. */
  public static final String RESTORE_KEPT_ASIDE = "restore.keptAside";

  private static volatile Consumer<String> hook = name -> {};

  private CrashPoints() {}

  /** Marks that the running use case has reached the named point. */
  public static void reach(String name) {
    hook.accept(name);
  }

  /** Installs the hook (crash tests only; the product never calls this). */
  public static void install(Consumer<String> newHook) {
    hook = Objects.requireNonNull(newHook);
  }
}
