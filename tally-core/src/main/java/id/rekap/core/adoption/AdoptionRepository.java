package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import java.util.List;
import java.util.Optional;

/** Persistence of adoptions (implemented by the store). */
public interface AdoptionRepository {
  /**
   * The chair's adoption of the result of one TPS or region in one contest.
   *
   * @param digest the {@link AdoptionDigest} of what was adopted; null for an adoption recorded by
   *     a version of Rekap before digests, which never makes a form OFFICIAL
   * @param liftedAt when a change of the adopted numbers lifted it (null: in force)
   * @param liftedReason why it was lifted
   */
  record Adopted(
      ContestCode contest,
      String code,
      String by,
      String decision,
      String at,
      String digest,
      String liftedAt,
      String liftedReason) {

    /** An adoption in force, of the given digest. */
    public Adopted(
        ContestCode contest, String code, String by, String decision, String at, String digest) {
      this(contest, code, by, decision, at, digest, null, null);
    }

    /** Not lifted: it still locks the numbers and counts for the adoption of the level above. */
    public boolean inForce() {
      return liftedAt == null;
    }
  }

  Optional<Adopted> find(ContestCode contest, String code);

  List<Adopted> all();

  /** Inserts the adoption, or replaces a lifted or older one of the same contest and code. */
  void save(Adopted adoption);

  /** Marks an adoption lifted. */
  void lift(ContestCode contest, String code, String at, String reason);
}
