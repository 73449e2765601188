package id.rekap.core.adoption;

import java.util.List;

/**
 * One TPS or region of an adoption decision and where it stands in it.
 *
 * @param digest the {@link AdoptionDigest} of its numbers now (null for a TPS without a result)
 * @param blocks why it is left out (empty unless {@link Status#BLOCKED})
 * @param settled the findings or conflicts a plenary ruling settles (they would block otherwise)
 * @param ruling that ruling's text (null when nothing needed one)
 * @param subject what a ruling on this place rules on, now ({@link Rulings#subject}); null when
 *     there is nothing to rule on
 * @param lifted why an earlier adoption of it was lifted or re-opened (null if never)
 */
public record PlanItem(
    String code,
    Status status,
    List<Block> blocks,
    String digest,
    List<Block> settled,
    String ruling,
    String subject,
    String lifted) {

  /** What the decision does with the place. */
  public enum Status {
    /** Adopted by this decision. */
    ADOPT,
    /** Adopted earlier with these very numbers; counts for the decision, is not written again. */
    ALREADY,
    /** Left out: see the blocks. */
    BLOCKED
  }

  public PlanItem {
    blocks = List.copyOf(blocks);
    settled = List.copyOf(settled);
  }

  /** Whether the code is a TPS (13 digits) rather than a region. */
  public boolean isTps() {
    return code.length() == id.rekap.core.region.TpsCode.DIGITS;
  }

  /** Whether a recorded plenary decision would let it in (every block is rulable). */
  public boolean rulable() {
    return status == Status.BLOCKED
        && subject != null
        && !blocks.isEmpty()
        && blocks.stream().allMatch(b -> b.reason().rulable());
  }
}
