package id.rekap.core.report;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.PlenarySession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signature blocks of the final page: every committee member (a member recorded as absent is
 * marked so, not left a space someone else could sign in), and the witnesses present with the
 * participant's number and name. A witness may decline to sign: the cell then stays blank. When no
 * attendance was recorded, every participant gets a cell with a line for the witness's name, to be
 * filled in by hand.
 */
final class Signatures {
  private Signatures() {}

  /** The members, or the level's roles with blank names when no committee is set. */
  static List<CommitteeMember> members(FormTexts t, List<CommitteeMember> committee) {
    if (!committee.isEmpty()) {
      return committee;
    }
    return Arrays.stream(t.get("committee.roles").split(","))
        .map(r -> new CommitteeMember(r, ""))
        .toList();
  }

  /** The paraf boxes: one per member, "1. Ketua". */
  static List<String> paraf(FormTexts t, List<CommitteeMember> committee) {
    List<String> out = new ArrayList<>();
    List<CommitteeMember> list = members(t, committee);
    for (int i = 0; i < list.size(); i++) {
      out.add((i + 1) + ". " + list.get(i).role());
    }
    return out;
  }

  static FormDocument.SignatureBlock committee(
      FormTexts t, String title, List<CommitteeMember> committee, PlenarySession session) {
    List<FormDocument.SignatureCell> cells = new ArrayList<>();
    List<CommitteeMember> list = members(t, committee);
    boolean recorded = session != null && !session.attendees(Attendee.Kind.MEMBER).isEmpty();
    for (int i = 0; i < list.size(); i++) {
      CommitteeMember m = list.get(i);
      boolean present =
          !recorded
              || m.name().isEmpty()
              || session.attendees(Attendee.Kind.MEMBER).stream()
                  .anyMatch(a -> a.name().equalsIgnoreCase(m.name()));
      cells.add(
          new FormDocument.SignatureCell(
              (i + 1) + ". " + m.role().toUpperCase(Locale.ROOT),
              "",
              m.name(),
              present ? "" : t.get("sig.absent")));
    }
    return new FormDocument.SignatureBlock(title, cells, Math.max(1, Math.min(cells.size(), 7)));
  }

  /** The witnesses of one contest (of one dapil for party lists). */
  static FormDocument.SignatureBlock saksi(
      FormTexts t,
      Map<String, String> words,
      ElectionDefinition election,
      Contest contest,
      String contestKey,
      Dapil dapil,
      PlenarySession session) {
    List<FormDocument.SignatureCell> cells = new ArrayList<>();
    boolean recorded = session != null && !session.attendees(Attendee.Kind.SAKSI).isEmpty();
    String kind =
        contest.shape() == Shape.PARTY_LISTS
            ? "saksi.party-lists"
            : contest.code().id().equals("pdpd") ? "saksi.pdpd" : "saksi.candidates";
    List<Participant> participants = new ArrayList<>();
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        if (!DHasilRows.isEmptyColumn(c)) {
          participants.add(new Participant(c.number(), c.name()));
        }
      }
    } else {
      for (PartyList l : dapil.lists()) {
        participants.add(
            new Participant(l.party(), election.party(l.party()).map(Party::name).orElse("")));
      }
    }
    for (Participant p : participants) {
      String heading = t.format(kind, p.number());
      if (!recorded) {
        cells.add(new FormDocument.SignatureCell(heading, p.name(), "", ""));
        continue;
      }
      session
          .saksi(contest.code(), p.number())
          .ifPresent(
              a -> cells.add(new FormDocument.SignatureCell(heading, p.name(), a.name(), "")));
    }
    String title =
        t.fill(
            contest.shape() == Shape.PARTY_LISTS
                ? "sig.saksi.title.party-lists"
                : "sig.saksi.title." + contestKey,
            words);
    return new FormDocument.SignatureBlock(title, cells, perRow(cells.size()));
  }

  private record Participant(int number, String name) {}

  /** Few witnesses side by side as on the C.Hasil; many in rows of six or eight. */
  static int perRow(int cells) {
    if (cells <= 4) {
      // one or two witnesses keep the width of three, as the C.Hasil's boxes do
      return Math.max(3, cells);
    }
    return cells <= 18 ? 6 : 8;
  }

  /** "Turut hadir: Panwaslu Kecamatan (names)" when Panwaslu was recorded present. */
  static List<String> panwaslu(FormTexts t, Map<String, String> words, PlenarySession session) {
    if (session == null) {
      return List.of();
    }
    List<String> names =
        session.attendees(Attendee.Kind.PANWASLU).stream().map(Attendee::name).toList();
    if (names.isEmpty()) {
      return List.of();
    }
    return List.of(
        t.format("sig.panwaslu", words.get("panwaslu") + " (" + String.join(", ", names) + ")"));
  }
}
