package id.rekap.core.result;

import java.util.Optional;

/**
 * The names of a result's fields, shared by findings, keyed entry and corrections: an admin field
 * by its recap key ({@code valid}, {@code dptL}); a vote cell by its dotted recap path ({@code
 * choices.2}, {@code choices.4.partyOnly}, {@code choices.4.total}, {@code
 * choices.4.candidates.3}).
 */
public final class FieldLabels {
  private FieldLabels() {}

  public static String of(AdminField field) {
    return field.jsonKey();
  }

  public static String ofVote(int key) {
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

  /** The admin field with this label, if it names one. */
  public static Optional<AdminField> admin(String label) {
    for (AdminField f : AdminField.values()) {
      if (f.jsonKey().equals(label)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The vote key with this label, if it names one (not checked against any ballot). */
  public static Optional<Integer> vote(String label) {
    String[] p = label.split("\\.");
    try {
      if (p.length == 2 && p[0].equals("choices")) {
        return Optional.of(VoteKey.candidate(Integer.parseInt(p[1])));
      }
      if (p.length == 3 && p[0].equals("choices") && p[2].equals("partyOnly")) {
        return Optional.of(VoteKey.partyOnly(Integer.parseInt(p[1])));
      }
      if (p.length == 3 && p[0].equals("choices") && p[2].equals("total")) {
        return Optional.of(VoteKey.partyTotal(Integer.parseInt(p[1])));
      }
      if (p.length == 4 && p[0].equals("choices") && p[2].equals("candidates")) {
        return Optional.of(VoteKey.partyCandidate(Integer.parseInt(p[1]), Integer.parseInt(p[3])));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
