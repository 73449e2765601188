package id.rekap.app.gui.entry;

import id.rekap.app.gui.Texts;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.VoteKey;
import java.util.Optional;

/**
 * The texts of a box of the form in the window's language, numbered as on the paper (I.B.2 DPTb
 * perempuan, IV.2 a pair's name, V.A valid votes): the row's own text, and the full name used when
 * a box is listed alone (a doubt before saving, a mismatch, a finding).
 */
public final class FormTitles {
  private FormTitles() {}

  /** The text of the row on the form (inside a party's block: without the party). */
  public static String row(
      Texts texts, ElectionDefinition election, Contest contest, String label) {
    return row(texts, contest, null, label);
  }

  /** The row's text, with the caleg named from the TPS's own dapil (null: the first naming one). */
  public static String row(Texts texts, Contest contest, String dapil, String label) {
    if (FieldLabels.admin(label).isPresent()) {
      return texts.get("paper." + label);
    }
    int key = FieldLabels.vote(label).orElseThrow();
    int party = VoteKey.party(key);
    int slot = VoteKey.slot(key);
    if (party == 0) {
      return texts.get("paper.pair", slot, candidate(contest, dapil, 0, slot).orElse(""));
    }
    return switch (slot) {
      case VoteKey.PARTY_ONLY -> texts.get("paper.partyOnly");
      case VoteKey.PARTY_TOTAL -> texts.get("paper.partyTotal");
      default -> texts.get("paper.caleg", slot, candidate(contest, dapil, party, slot).orElse(""));
    };
  }

  /** The full name of a box, for lists ("IV.3 PDIP · 2. NAMA"). */
  public static String of(Texts texts, ElectionDefinition election, Contest contest, String label) {
    return of(texts, election, contest, null, label);
  }

  /** The full name of a box, the caleg named from the given dapil. */
  public static String of(
      Texts texts, ElectionDefinition election, Contest contest, String dapil, String label) {
    if (FieldLabels.vote(label).isEmpty() && FieldLabels.admin(label).isEmpty()) {
      return label;
    }
    String row = row(texts, contest, dapil, label);
    if (FieldLabels.admin(label).isPresent()) {
      return row;
    }
    int key = FieldLabels.vote(label).orElseThrow();
    int party = VoteKey.party(key);
    if (party == 0) {
      return row;
    }
    return party(election, party) + " · " + row;
  }

  /** A party's heading on the form: "IV.3 PDIP — Partai Demokrasi Indonesia Perjuangan". */
  public static String party(ElectionDefinition election, int party) {
    return election.party(party).map(p -> "IV." + party + " " + p.abbr()).orElse("IV." + party);
  }

  /** The party's full name, when the election names it. */
  public static String partyName(ElectionDefinition election, int party) {
    return election.party(party).map(p -> p.name()).orElse("");
  }

  private static Optional<String> candidate(Contest contest, String dapil, int party, int number) {
    if (party == 0) {
      return contest.candidates().stream()
          .filter(c -> c.number() == number)
          .map(Candidate::name)
          .findFirst();
    }
    return contest.dapils().stream()
        .filter(d -> dapil == null || d.code().equals(dapil))
        .flatMap(d -> d.lists().stream())
        .filter(l -> l.party() == party)
        .flatMap(l -> l.candidates().stream())
        .filter(c -> c.number() == number)
        .map(Candidate::name)
        .findFirst();
  }
}
