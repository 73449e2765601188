package id.rekap.core.plenary;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import java.util.Optional;

/**
 * The participants (peserta) a witness can represent in a contest: a candidate or pair by ballot
 * number, or a party of a party-list contest by its number.
 */
public final class Participants {
  private Participants() {}

  /** The participant's name as on the ballot, if the contest has that number. */
  public static Optional<String> name(ElectionDefinition election, ContestCode code, int number) {
    Optional<Contest> contest = election.contest(code);
    if (contest.isEmpty()) {
      return Optional.empty();
    }
    if (contest.get().shape() == Shape.CANDIDATES) {
      return contest.get().candidates().stream()
          .filter(c -> c.number() == number)
          .map(Candidate::name)
          .findFirst();
    }
    for (Dapil d : contest.get().dapils()) {
      for (PartyList l : d.lists()) {
        if (l.party() == number) {
          return Optional.of(
              election.party(number).map(Party::name).orElse(Integer.toString(number)));
        }
      }
    }
    return Optional.empty();
  }

  public static boolean exists(ElectionDefinition election, ContestCode code, int number) {
    return name(election, code, number).isPresent();
  }
}
