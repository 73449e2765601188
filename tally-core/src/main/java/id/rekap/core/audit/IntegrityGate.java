package id.rekap.core.audit;

/**
 * What adoption, signing and package export ask before they run (issue 13 §2): a store that fails
 * the integrity check (a broken chain, a bad checkpoint, a row changed outside Rekap) makes nothing
 * official.
 */
@FunctionalInterface
public interface IntegrityGate {
  /** No check: for use cases built outside a workspace. */
  IntegrityGate NONE = () -> {};

  /** Refuses (exit 4, nothing done) when the store fails the integrity check. */
  void requireIntact();
}
