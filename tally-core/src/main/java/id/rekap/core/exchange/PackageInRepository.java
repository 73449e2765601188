package id.rekap.core.exchange;

import id.rekap.core.election.ContestCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** Stores what the sender had adopted and in force when it made package {@code packageId}. */
  void insertSenderAdoptions(long packageId, List<SenderAdoptions.Adopted> adopted);

  /** What the sender had adopted and in force when it made package {@code packageId}. */
  List<SenderAdoptions.Adopted> senderAdoptions(long packageId);

  /**
   * Per kecamatan, the contests in which its package in force says the kecamatan itself was adopted
   * at the PPK and in force when the package was made.
   */
  Map<String, Set<ContestCode>> adoptedAtSender();
}
