package id.rekap.core.intake;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.intake.ResultReader.NotDigitised;
import id.rekap.core.intake.ResultReader.Outcome;
import id.rekap.core.intake.ResultReader.Ready;
import id.rekap.core.intake.ResultReader.Refused;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Use case: import Sirekap TPS result files. Every file is read and checked first; unless asked to
 * skip invalid files, one refused file means nothing is written. Then each file is written together
 * with its audit event, in the same transaction: a file is never stored without its event, nor the
 * event without the file. The same numbers again change nothing; different numbers for a TPS that
 * already has data from the same source are a conflict, not applied unless imported as a correction
 * with a reason.
 */
public final class ImportResults {
  /**
   * Files written per transaction. Grouping files keeps each one all-or-nothing with its event and
   * only saves the per-transaction cost (head lookup, commit), which with one transaction per file
   * was most of an import's time (docs/benchmarks.md). A failure while writing rolls back at most
   * this many files; importing the same files again then writes the rest.
   */
  static final int FILES_PER_TRANSACTION = 500;

  private final Transactions tx;
  private final ResultRepository results;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;
  private final java.util.function.BiPredicate<ContestCode, TpsCode> locked;

  public ImportResults(
      Transactions tx,
      ResultRepository results,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock) {
    this.tx = tx;
    this.results = results;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
    this.locked = (contest, tps) -> false;
  }

  /**
   * Like the other constructor, with the TPS whose result is adopted: their numbers are locked, so
   * a file that would change them is reported as a conflict (a correction goes through the
   * plenary).
   */
  public ImportResults(
      Transactions tx,
      ResultRepository results,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock,
      java.util.function.BiPredicate<ContestCode, TpsCode> locked) {
    this.tx = tx;
    this.results = results;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
    this.locked = locked;
  }

  /** Receives (files done, files in all) while an import runs. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(int done, int total);
  }

  /** Imports for a logged-in operator, verifier or chair, who is named in the audit log. */
  public ImportSummary run(User by, ImportRequest request, Progress progress) {
    Users.require(by, Role.OPERATOR);
    Actor actor = by.actor();
    RegionTree regions = tree.get();
    ResultFiles found = ResultFiles.collect(request.paths(), regions.root());
    List<Outcome> outcomes = new ResultReader(election).readAll(found.files(), request, regions);
    List<RekapException> refused = new ArrayList<>(found.refused());
    outcomes.stream()
        .filter(o -> o instanceof Refused)
        .map(o -> ((Refused) o).reason())
        .forEach(refused::add);
    int notDigitised = (int) outcomes.stream().filter(o -> o instanceof NotDigitised).count();
    int total = found.files().size() + found.refused().size();
    if (!refused.isEmpty() && !request.skipInvalid()) {
      return new ImportSummary(
          total,
          0,
          0,
          0,
          notDigitised,
          found.skipped(),
          found.outside(),
          List.of(),
          refused,
          false);
    }
    return apply(actor, request, outcomes, total, notDigitised, found, refused, progress);
  }

  private ImportSummary apply(
      Actor actor,
      ImportRequest request,
      List<Outcome> outcomes,
      int total,
      int notDigitised,
      ResultFiles found,
      List<RekapException> refused,
      Progress progress) {
    Map<ContestCode, Map<TpsCode, String>> stored = new HashMap<>();
    List<ImportSummary.Conflict> conflicts = new ArrayList<>();
    List<Pending> pending = new ArrayList<>(FILES_PER_TRANSACTION);
    int imported = 0;
    int corrected = 0;
    int unchanged = 0;
    int done = 0;
    for (Outcome outcome : outcomes) {
      progress.update(++done, outcomes.size());
      if (!(outcome instanceof Ready(TpsResult result, Origin origin))) {
        continue;
      }
      Map<TpsCode, String> digests =
          stored.computeIfAbsent(
              result.contest(),
              c -> tx.inTransaction(() -> new HashMap<>(results.digests(c, request.source()))));
      String digest = result.digest();
      String previous = digests.get(result.tps());
      if (digest.equals(previous)) {
        unchanged++;
      } else if ((previous != null && request.correctionReason().isEmpty())
          || locked.test(result.contest(), result.tps())) {
        conflicts.add(
            new ImportSummary.Conflict(
                Path.of(origin.file()),
                result.tps().value(),
                result.contest().id(),
                request.source().id()));
      } else {
        pending.add(pending(result, origin, digest, previous, request.correctionReason()));
        if (pending.size() == FILES_PER_TRANSACTION) {
          write(actor, pending);
        }
        digests.put(result.tps(), digest);
        if (previous == null) {
          imported++;
        } else {
          corrected++;
        }
      }
    }
    write(actor, pending);
    return new ImportSummary(
        total,
        imported,
        corrected,
        unchanged,
        notDigitised,
        found.skipped(),
        found.outside(),
        conflicts,
        refused,
        true);
  }

  /** One file to write: its result row and the audit event that records it. */
  private record Pending(ResultRepository.Put put, AuditLog.Entry event) {}

  private Pending pending(
      TpsResult result, Origin origin, String digest, String previous, Optional<String> reason) {
    String now = clock.instant().toString();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("tps", result.tps().value());
    payload.put("contest", result.contest().id());
    payload.put("source", result.source().id());
    payload.put("file", origin.file());
    payload.put("sha256", origin.sha256());
    payload.put("digest", digest);
    if (previous != null) {
      payload.put("replaces", previous);
      payload.put("reason", reason.orElseThrow());
    }
    return new Pending(
        new ResultRepository.Put(result, digest, origin, now),
        new AuditLog.Entry(previous == null ? "result.import" : "result.correct", payload));
  }

  /** Writes the pending files in one transaction, each row with its own audit event, in order. */
  private void write(Actor actor, List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    tx.run(
        () -> {
          results.putAll(pending.stream().map(Pending::put).toList());
          audit.appendAll(actor, pending.stream().map(Pending::event).toList());
        });
    pending.clear();
  }
}
