package id.rekap.core.report;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.PlenaryRepository.ObjectionRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.TpsCode;
import java.util.ArrayList;
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
 */
public record PlenaryRecords(
    BiPredicate<ContestCode, String> adopted,
    Function<String, List<ObjectionRow>> objections,
    Supplier<List<CommitteeMember>> committee) {

  /** Nothing adopted, nothing raised, no committee: for forms built outside a workspace. */
  public static PlenaryRecords none() {
    return new PlenaryRecords((c, r) -> false, p -> List.of(), List::of);
  }

  /**
   * The D.Kejadian entries of a contest under a region: those recorded for that contest and those
   * recorded for the whole plenary (no contest), in the order they were raised.
   */
  List<Incident> incidents(ContestCode contest, RegionCode region, FormTexts texts) {
    List<Incident> out = new ArrayList<>();
    for (ObjectionRow o : objections.apply(region.value())) {
      if (o.contest() != null && o.contest() != contest) {
        continue;
      }
      out.add(
          new Incident(
              texts.get("kind." + o.kind().id()),
              place(o.place()),
              o.raisedBy(),
              o.text(),
              o.response() == null ? "" : o.response(),
              texts.get("decision." + o.decision().id())));
    }
    return out;
  }

  private static String place(String code) {
    return TpsCode.parse(code)
        .map(TpsCode::dotted)
        .or(() -> RegionCode.parse(code).map(RegionCode::dotted))
        .orElse(code);
  }
}
