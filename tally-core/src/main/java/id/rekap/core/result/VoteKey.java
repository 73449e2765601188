package id.rekap.core.result;

/**
 * Keys of the cells of block IV, as small ints. For a {@code candidates} ballot the key is the
 * candidate's number (1..998). For a party list it is {@code party * 1000 + slot}: slot 0 is the
 * party-only vote, 1..998 the caleg with that number, 999 the party total as written on the form
 * (kept as written, not computed, so the checks can catch the KPPS's own arithmetic).
 */
public final class VoteKey {
  public static final int PARTY_ONLY = 0;
  public static final int PARTY_TOTAL = 999;
  private static final int BASE = 1000;

  private VoteKey() {}

  public static int candidate(int number) {
    check(number >= 1 && number < PARTY_TOTAL, number);
    return number;
  }

  public static int partyOnly(int party) {
    return partySlot(party, PARTY_ONLY);
  }

  public static int partyTotal(int party) {
    return partySlot(party, PARTY_TOTAL);
  }

  public static int partyCandidate(int party, int number) {
    check(number >= 1 && number < PARTY_TOTAL, number);
    return partySlot(party, number);
  }

  private static int partySlot(int party, int slot) {
    check(party >= 1 && party < 1000, party);
    return party * BASE + slot;
  }

  /** 0 for a candidates-ballot key. */
  public static int party(int key) {
    return key / BASE;
  }

  /** The candidate number, or {@link #PARTY_ONLY} / {@link #PARTY_TOTAL}. */
  public static int slot(int key) {
    return key % BASE;
  }

  private static void check(boolean ok, int value) {
    if (!ok) {
      throw new IllegalArgumentException("out of range: " + value);
    }
  }
}
