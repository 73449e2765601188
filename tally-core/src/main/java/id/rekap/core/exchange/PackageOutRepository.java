package id.rekap.core.exchange;

/** The sequence numbers of sent packages (implemented by the store). */
public interface PackageOutRepository {
  int lastSequence();

  void record(int sequence, String createdAt, String sha256, String reason);
}
