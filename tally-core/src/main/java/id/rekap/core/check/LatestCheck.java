package id.rekap.core.check;

import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Query: the full check of the workspace, kept while the store has not changed, for the screens
 * that show findings. Every change to the store is a use case that appends an audit event in its
 * own transaction, so the audit head's sequence number is the store's version: a check computed at
 * one version is the check of every later moment with the same version, and any use case that
 * changes a result, a rule's severity, a package or what was published moves it and so drops the
 * kept check. The version is read before the results, so a change made while the check reads can
 * only make the kept check look older than it is (computed again next time), never newer.
 *
 * <p>The engine handed out is shared: callers read it ({@link CheckEngine#findings()}, {@link
 * CheckEngine#preview}) and never {@link CheckEngine#update} it. Use cases that decide something
 * (adoption, a package, a signed form) keep computing their own check, so nothing official rests on
 * what was kept in memory.
 */
public final class LatestCheck {
  private final LongSupplier version;
  private final Supplier<CheckEngine> compute;
  private CheckEngine engine;
  private long at = -1;

  /**
   * @param version the store's version (the audit head's sequence number), read in its own
   *     transaction
   * @param compute the full check ({@link CheckWorkspace#run()})
   */
  public LatestCheck(LongSupplier version, Supplier<CheckEngine> compute) {
    this.version = version;
    this.compute = compute;
  }

  /**
   * The check of the store as it is now: the kept one when nothing changed since it was computed,
   * else a new one (callers at the same time wait for it rather than compute it twice).
   */
  public synchronized CheckEngine get() {
    long now = version.getAsLong();
    if (engine == null || now != at) {
      engine = compute.get();
      at = now;
    }
    return engine;
  }

  /** The kept check when it is still the store's, without computing one. */
  public synchronized Optional<CheckEngine> ifFresh() {
    return engine != null && version.getAsLong() == at ? Optional.of(engine) : Optional.empty();
  }
}
