package id.rekap.core.report;

import id.rekap.core.check.Finding;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.PlenaryRepository.ObjectionRow;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.revote.Revote;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the plenary recorded that a form prints: whether and when the recap of a region was adopted
 * (DRAFT or OFFICIAL, "Ditetapkan … pada tanggal …"), the objections, special events and re-votes
 * (D.Kejadian), the committee (signature block), the sessions with their attendance (berita acara),
 * and the current findings of a contest (the annex on the data).
 *
 * @param adopted whether a contest's result of a region code is adopted
 * @param objections every objection and event under a code prefix
 * @param committee the committee members in printed order
 * @param sessions the plenary sessions, oldest first
 * @param adoptedAt when a contest's result of a region code was adopted
 * @param findings the current findings of a contest (every severity; the forms keep the errors)
 * @param revotes every re-vote (PSU, PSL, PSS, PUSS) of a TPS under a code prefix
 */
public record PlenaryRecords(
    BiPredicate<ContestCode, String> adopted,
    Function<String, List<ObjectionRow>> objections,
    Supplier<List<CommitteeMember>> committee,
    Supplier<List<PlenarySession>> sessions,
    BiFunction<ContestCode, String, Optional<Instant>> adoptedAt,
    Function<ContestCode, List<Finding>> findings,
    Function<String, List<Revote>> revotes) {

  /** The records of a plenary that recorded no sessions, no adoption times and no findings. */
  public PlenaryRecords(
      BiPredicate<ContestCode, String> adopted,
      Function<String, List<ObjectionRow>> objections,
      Supplier<List<CommitteeMember>> committee) {
    this(
        adopted,
        objections,
        committee,
        List::of,
        (c, r) -> Optional.empty(),
        c -> List.of(),
        p -> List.of());
  }

  /** Nothing adopted, nothing raised, no committee: for forms built outside a workspace. */
  public static PlenaryRecords none() {
    return new PlenaryRecords((c, r) -> false, p -> List.of(), List::of);
  }
}
