package id.rekap.core.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: everything the work writes, including its audit event,
 * commits together or not at all.
 */
@FunctionalInterface
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs a read that writes nothing in one consistent snapshot. On one PC this is an ordinary
   * transaction; on a server store it takes no workspace lock (ADR 0033), so a long read (the
   * integrity check) never holds up the operators keying at the other PCs.
   */
  default <T> T reading(Supplier<T> work) {
    return inTransaction(work);
  }

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
