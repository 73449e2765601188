package id.rekap.core.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: everything the work writes, including its audit event,
 * commits together or not at all.
 */
@FunctionalInterface
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
