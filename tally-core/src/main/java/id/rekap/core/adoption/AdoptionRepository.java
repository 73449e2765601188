package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import java.util.List;
import java.util.Optional;

/** Persistence of adoptions (implemented by the store). */
public interface AdoptionRepository {
  /** The chair's adoption of the result of one TPS or region in one contest. */
  record Adopted(ContestCode contest, String code, String by, String decision, String at) {}

  Optional<Adopted> find(ContestCode contest, String code);

  List<Adopted> all();

  void insert(Adopted adoption);
}
