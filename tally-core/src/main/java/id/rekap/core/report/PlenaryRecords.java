package id.rekap.core.report;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.PlenaryRepository.ObjectionRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.revote.Revote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the plenary recorded that a form prints: whether the recap of a region was adopted (DRAFT or
 * OFFICIAL), the objections and special events (D.Kejadian), and the committee (signature block).
 *
 * @param adopted whether a contest's result of a region code is adopted
 * @param objections every objection and event under a code prefix
 * @param committee the committee members in printed order
 * @param revotes every re-vote (PSU, PSL, PSS, PUSS) of a TPS under a code prefix
 */
public record PlenaryRecords(
    BiPredicate<ContestCode, String> adopted,
    Function<String, List<ObjectionRow>> objections,
    Supplier<List<CommitteeMember>> committee,
    Function<String, List<Revote>> revotes) {

  public PlenaryRecords(
      BiPredicate<ContestCode, String> adopted,
      Function<String, List<ObjectionRow>> objections,
      Supplier<List<CommitteeMember>> committee) {
    this(adopted, objections, committee, p -> List.of());
  }

  /** Nothing adopted, nothing raised, no committee: for forms built outside a workspace. */
  public static PlenaryRecords none() {
    return new PlenaryRecords((c, r) -> false, p -> List.of(), List::of);
  }

  /**
   * The D.Kejadian entries of a contest under a region: those recorded for that contest and those
   * recorded for the whole plenary (no contest), and the re-votes of its TPS in that contest (with
   * the result each replaced), in the order they were recorded.
   */
  List<Incident> incidents(Contest contest, RegionCode region, FormTexts texts) {
    List<Timed> out = new ArrayList<>();
    for (ObjectionRow o : objections.apply(region.value())) {
      if (o.contest() != null && o.contest() != contest.code()) {
        continue;
      }
      out.add(
          new Timed(
              o.at(),
              new Incident(
                  texts.get("kind." + o.kind().id()),
                  place(o.place()),
                  o.raisedBy(),
                  o.text(),
                  o.response() == null ? "" : o.response(),
                  texts.get("decision." + o.decision().id()))));
    }
    for (Revote r : revotes.apply(region.value())) {
      if (r.contest() == contest.code()) {
        out.add(new Timed(r.declaredAt(), RevoteIncidents.of(r, contest, texts)));
      }
    }
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

  private static String place(String code) {
    return TpsCode.parse(code)
        .map(TpsCode::dotted)
        .or(() -> RegionCode.parse(code).map(RegionCode::dotted))
        .orElse(code);
  }
}
