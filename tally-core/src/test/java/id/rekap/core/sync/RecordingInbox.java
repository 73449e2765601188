package id.rekap.core.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upstream's store in the fault tests: takes a package once (IMPORTED) and answers UNCHANGED to
 * every copy, as the real import does for the same digest; remembers the order of first arrival.
 */
final class RecordingInbox implements PackageInbox {
  private final Map<String, Integer> copies = new HashMap<>();
  private final List<String> imported = new ArrayList<>();
  private final Map<String, Integer> sequences;

  /**
   * @param sequences each package's sequence number by its SHA-256
   */
  RecordingInbox(Map<String, Integer> sequences) {
    this.sequences = sequences;
  }

  @Override
  public synchronized Delivery receive(String remote, java.nio.file.Path content, String sha) {
    Integer sequence = sequences.get(sha);
    if (sequence == null) {
      return new Delivery(Result.REFUSED, 0, "", "bukan paket rekap");
    }
    int seen = copies.merge(sha, 1, Integer::sum);
    if (seen > 1) {
      return new Delivery(Result.UNCHANGED, sequence, "310101", "");
    }
    imported.add(sha);
    return new Delivery(Result.IMPORTED, sequence, "310101", "");
  }

  synchronized List<String> imported() {
    return List.copyOf(imported);
  }

  synchronized int copies(String sha) {
    return copies.getOrDefault(sha, 0);
  }
}
