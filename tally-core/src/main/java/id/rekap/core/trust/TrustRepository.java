package id.rekap.core.trust;

import java.util.List;

/** Persistence of the trust list (implemented by the store). */
public interface TrustRepository {
  long nextId();

  void insert(TrustedCertificate certificate);

  /** Every entry ever added, oldest first, removed ones included. */
  List<TrustedCertificate> all();

  void markRemoved(long id, String by, String at);
}
