package id.rekap.core.report;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Shape;
import id.rekap.core.plenary.Participants;
import id.rekap.core.plenary.PlenaryRepository.ObjectionRow;
import id.rekap.core.region.LocalZone;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.revote.Revote;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plenary's objections, special events and re-votes as the D.Kejadian prints them, in the order
 * they were recorded: the time in the tally centre's zone, the place in words rather than a code,
 * the witness with the participant they represent.
 */
final class Incidents {
  private Incidents() {}

  static List<Incident> of(
      FormTexts t,
      ElectionDefinition election,
      RegionTree tree,
      LocalZone zone,
      List<ObjectionRow> rows,
      List<Revote> revotes) {
    List<Timed> out = new ArrayList<>();
    for (ObjectionRow o : rows) {
      out.add(
          new Timed(
              o.at(),
              new Incident(
                  time(t, zone, o.at()),
                  t.get("kind." + o.kind().id()),
                  contestLabel(t, o.contest()),
                  place(t, tree, o.place()),
                  raisedBy(t, election, o),
                  o.text(),
                  o.response() == null ? "" : o.response(),
                  o.recommendation() == null ? "" : o.recommendation(),
                  t.get("decision." + o.decision().id()))));
    }
    for (Revote r : revotes) {
      election
          .contest(r.contest())
          .ifPresent(
              c -> out.add(new Timed(r.declaredAt(), RevoteIncidents.of(r, c, t, tree, zone))));
    }
    // a stable sort: entries recorded at the same instant keep the order they were given in
    out.sort(Comparator.comparing(Timed::instant));
    return out.stream().map(Timed::incident).toList();
  }

  /** An entry with the time it was recorded, for the order of the form. */
  private record Timed(String at, Incident incident) {
    Instant instant() {
      try {
        return Instant.parse(at);
      } catch (RuntimeException e) {
        return Instant.MAX;
      }
    }
  }

  static String contestLabel(FormTexts t, ContestCode c) {
    return c == null ? t.get("contest.all") : t.get("label." + c.id());
  }

  /** "Pasangan Calon nomor urut 2", "Partai Politik nomor urut 5", "Calon nomor urut 12". */
  static String participantKind(FormTexts t, ElectionDefinition e, ContestCode c, int number) {
    boolean parties = e.contest(c).map(x -> x.shape() == Shape.PARTY_LISTS).orElse(false);
    String key =
        parties ? "saksi.party-lists" : c == ContestCode.PDPD ? "saksi.pdpd" : "saksi.candidates";
    return t.format(key, number);
  }

  private static String raisedBy(FormTexts t, ElectionDefinition e, ObjectionRow o) {
    if (o.participant() == null || o.contest() == null) {
      return o.raisedBy();
    }
    return t.format(
        "raisedBy.saksi",
        o.raisedBy(),
        participantKind(t, e, o.contest(), o.participant()),
        Participants.name(e, o.contest(), o.participant()).orElse(""));
  }

  /** "20-02-2024 10.15 WIB": sessions may run past midnight, so the date is kept. */
  static String time(FormTexts t, LocalZone zone, String at) {
    try {
      ZonedDateTime z = Instant.parse(at).atZone(zone.zone());
      return String.format(
              java.util.Locale.ROOT,
              "%02d-%02d-%04d %02d.%02d",
              z.getDayOfMonth(),
              z.getMonthValue(),
              z.getYear(),
              z.getHour(),
              z.getMinute())
          + " "
          + zone.label();
    } catch (java.time.format.DateTimeParseException e) {
      return at;
    }
  }

  static String place(FormTexts t, RegionTree tree, String code) {
    var tps = TpsCode.parse(code);
    if (tps.isPresent()) {
      RegionCode desa = tps.get().at(RegionLevel.DESA);
      return t.format("place.tps", code.substring(code.length() - 3), tree.nameOf(desa));
    }
    return RegionCode.parse(code)
        .map(r -> t.format("place." + r.level().id(), tree.nameOf(r)))
        .orElse(code);
  }
}
