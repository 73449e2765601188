package id.rekap.app.gui.entry;

import id.rekap.app.gui.Texts;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.VoteKey;

/** The text printed beside a box of the form, in the window's language. */
final class FormTitles {
  private FormTitles() {}

  static String of(Texts texts, ElectionDefinition election, Contest contest, String label) {
    var admin = FieldLabels.admin(label);
    if (admin.isPresent()) {
      return texts.get("field." + label);
    }
    int key = FieldLabels.vote(label).orElseThrow();
    int party = VoteKey.party(key);
    int slot = VoteKey.slot(key);
    if (party == 0) {
      String name =
          contest.candidates().stream()
              .filter(c -> c.number() == slot)
              .map(c -> c.name())
              .findFirst()
              .orElse("");
      return "(" + slot + ") " + name;
    }
    String abbr = election.party(party).map(p -> p.abbr()).orElse(String.valueOf(party));
    return switch (slot) {
      case VoteKey.PARTY_ONLY -> texts.get("entry.partyOnly", party, abbr);
      case VoteKey.PARTY_TOTAL -> texts.get("entry.partyTotal", party, abbr);
      default ->
          "    "
              + slot
              + ". "
              + contest.dapils().stream()
                  .flatMap(d -> d.lists().stream())
                  .filter(l -> l.party() == party)
                  .flatMap(l -> l.candidates().stream())
                  .filter(c -> c.number() == slot)
                  .map(c -> c.name())
                  .findFirst()
                  .orElse("");
    };
  }
}
