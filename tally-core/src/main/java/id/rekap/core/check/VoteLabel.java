package id.rekap.core.check;

import id.rekap.core.result.VoteKey;

/**
 * The name of a vote cell in finding values, matching the recap's dotted names: {@code choices.2}
 * for a candidate, {@code choices.4.partyOnly}, {@code choices.4.total}, {@code
 * choices.4.candidates.3}.
 */
final class VoteLabel {
  private VoteLabel() {}

  static String of(int key) {
    int party = VoteKey.party(key);
    int slot = VoteKey.slot(key);
    if (party == 0) {
      return "choices." + slot;
    }
    return switch (slot) {
      case VoteKey.PARTY_ONLY -> "choices." + party + ".partyOnly";
      case VoteKey.PARTY_TOTAL -> "choices." + party + ".total";
      default -> "choices." + party + ".candidates." + slot;
    };
  }
}
