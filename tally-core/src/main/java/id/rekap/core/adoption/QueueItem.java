package id.rekap.core.adoption;

import java.util.List;

/**
 * One place of the chair's queue: a desa (PPK) or kecamatan (kab/kota), or the workspace's own
 * region, with where its adoption stands.
 *
 * @param tps the TPS of the contest beneath it
 * @param adopted of those, adopted with their current numbers
 * @param ready of those, ready to be adopted by a decision now
 * @param held of those, left out for now (see the plan)
 * @param conflicts TPS or regions beneath held by a package conflict or package totals (kab/kota)
 * @param blocks why the place itself cannot be adopted now (empty when it can, or is)
 */
public record QueueItem(
    String code,
    String name,
    State state,
    int tps,
    int adopted,
    int ready,
    int held,
    int conflicts,
    List<Block> blocks) {

  /** Where the place stands. */
  public enum State {
    /** Everything beneath is in: one decision adopts it. */
    READY,
    /** Some is ready, some is held: a decision adopts part and leaves the place DRAFT. */
    PARTIAL,
    /** Nothing can be adopted now. */
    BLOCKED,
    /** Adopted with its current numbers. */
    ADOPTED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public QueueItem {
    blocks = List.copyOf(blocks);
  }
}
