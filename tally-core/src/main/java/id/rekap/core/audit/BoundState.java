package id.rekap.core.audit;

import java.util.Map;

/**
 * The rows now stored in the tables bound to the audit chain (implemented by the store), each as
 * its key and digest, the same digest the event that wrote the row carries.
 */
public interface BoundState {
  /** Table name → row key → row digest, for every bound row now stored. */
  Map<String, Map<String, String>> current();

  /**
   * The {@link StateSum} of every bound row now stored, over all bound tables (hex): what the head
   * event's {@link StateReplay#SUM_FIELD} must equal. Computed row by row, without a map of keys.
   */
  String sum();
}
