package id.rekap.core.exchange;

import java.util.List;
import java.util.Optional;

/** Received packages, every version (implemented by the store). */
public interface PackageInRepository {
  long nextId();

  Optional<ReceivedPackage> bySha256(String sha256);

  /** The sender's package in force (not superseded), if any. */
  Optional<ReceivedPackage> current(String senderRegion);

  void insert(ReceivedPackage received);

  void markSuperseded(long id, long by);

  /** Every package received, by sender then sequence. */
  List<ReceivedPackage> all();
}
