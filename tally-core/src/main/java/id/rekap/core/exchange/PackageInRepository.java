package id.rekap.core.exchange;

import java.util.List;
import java.util.Optional;

/** Received packages, every version (implemented by the store). */
public interface PackageInRepository {
  long nextId();

  Optional<ReceivedPackage> bySha256(String sha256);

  /** The sender's package in force (neither superseded nor withdrawn), if any. */
  Optional<ReceivedPackage> current(String senderRegion);

  /**
   * The highest sequence number of the sender's packages that were not withdrawn (0 when none): a
   * new package must be higher.
   */
  int highestSequence(String senderRegion);

  void markWithdrawn(long id, ReceivedPackage.Withdrawal withdrawal);

  void insert(ReceivedPackage received);

  void markSuperseded(long id, long by);

  /** Every package received, by sender then sequence. */
  List<ReceivedPackage> all();
}
