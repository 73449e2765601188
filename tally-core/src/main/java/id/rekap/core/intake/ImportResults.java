// Over 400 lines: the import of a batch of result files is one use case (read while writing,
// ADR 0029; all or nothing per file; one audit event per file; re-import a no-op), and its reading
// pipeline and its writer share the batch's state.
package id.rekap.core.intake;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.intake.ResultReader.NotDigitised;
import id.rekap.core.intake.ResultReader.Outcome;
import id.rekap.core.intake.ResultReader.PublishedRows;
import id.rekap.core.intake.ResultReader.Ready;
import id.rekap.core.intake.ResultReader.Refused;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Origin;
import id.rekap.core.result.PublishedRepository;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import id.rekap.core.revote.Revote;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.revote.Revotes;
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
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Use case: import Sirekap TPS result files and Sirekap's published aggregates. The files are read
 * and checked on reader threads while this thread writes them, in file order (ADR 0029). Unless
 * asked to skip invalid files, one refused file means nothing is written: such an import writes in
 * one transaction, rolled back at the first refused file. Each file is written together with its
 * audit event, in the same transaction: a file is never stored without its event, nor the event
 * without the file. The same numbers again change nothing; different numbers for a TPS that already
 * has data from the same source are a conflict, not applied unless imported as a correction with a
 * reason. A result marked as a re-vote (by Sirekap's {@code psu} or by the clerk) replaces every
 * earlier result of its TPS, which moves to the re-vote's history ({@link Revotes}). Aggregate
 * files are stored apart as "Sirekap published" and never count as results.
 */
public final class ImportResults {
  /**
   * Files written per batch. Grouping files keeps each one all-or-nothing with its event and only
   * saves the per-batch cost (head lookup, commit or savepoint), which with one transaction per
   * file was most of an import's time (docs/benchmarks.md). When invalid files are skipped, each
   * batch is its own transaction: a failure while writing rolls back at most this many files, and
   * importing the same files again then writes the rest.
   */
  static final int FILES_PER_TRANSACTION = 500;

  private final Transactions tx;
  private final ResultRepository results;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;
  private final AdoptionRepository adoptions;
  private final Revotes revotes;
  private final PublishedRepository published;
  private int filesPerTransaction = FILES_PER_TRANSACTION;

  /**
   * @param adoptions the adoptions in force lock the numbers of their TPS, so a file that would
   *     change them is reported as a conflict (a correction goes through the plenary); read when an
   *     import starts
   */
  public ImportResults(
      Transactions tx,
      ResultRepository results,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock,
      AdoptionRepository adoptions,
      Revotes revotes,
      PublishedRepository published) {
    this.tx = tx;
    this.results = results;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
    this.adoptions = adoptions;
    this.revotes = revotes;
    this.published = published;
  }

  /** Smaller batches, so a test can see files written before a refused one rolled back. */
  ImportResults batchesOf(int files) {
    this.filesPerTransaction = files;
    return this;
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
    request.revote().ifPresent(r -> Revotes.requireReason(r.reason()));
    RegionTree regions = tree.get();
    ResultFiles found = ResultFiles.collect(request.paths(), regions.root());
    try (ResultReader.Reading reading =
        new ResultReader(election).start(found.files(), request, regions)) {
      Applying applying = new Applying(actor, request, found, progress);
      if (request.skipInvalid()) {
        return applying.applyAll(reading);
      }
      if (!found.refused().isEmpty()) {
        return applying.refuse(reading);
      }
      try {
        // One transaction for the whole import, so a refused file anywhere rolls back every file
        // written before it: the files are written while the later ones are still being read.
        return tx.inTransaction(() -> applying.applyAll(reading));
      } catch (FileRefused e) {
        return applying.refuse(reading);
      }
    }
  }

  /**
   * Thrown while writing an import that may not skip invalid files, at its first refused file: it
   * rolls back the import's transaction. Carries no stack trace: it is control flow, never shown.
   */
  private static final class FileRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileRefused() {
      super("a file of the import was refused", null, false, false);
    }
  }

  /** The write side of an import: counts, the pending batch and what is stored so far. */
  private final class Applying {
    private final Actor actor;
    private final ImportRequest request;
    private final ResultFiles found;
    private final Progress progress;
    private final List<RekapException> refused;
    private final Set<String> adopted;
    private int done;
    private int notDigitised;
    private final Map<ContestCode, Map<TpsCode, String>> stored = new HashMap<>();
    private final Map<ContestCode, Map<TpsCode, RevoteKind>> revoted = new HashMap<>();
    private final List<ImportSummary.Conflict> conflicts = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>(FILES_PER_TRANSACTION);
    private int imported;
    private int corrected;
    private int unchanged;
    private int replacedByRevote;
    private int publishedFiles;
    private int outsideAggregates;

    Applying(Actor actor, ImportRequest request, ResultFiles found, Progress progress) {
      this.actor = actor;
      this.request = request;
      this.found = found;
      this.progress = progress;
      this.refused = new ArrayList<>(found.refused());
      this.adopted =
          tx.inTransaction(
              () ->
                  adoptions.all().stream()
                      .filter(AdoptionRepository.Adopted::inForce)
                      .map(a -> a.contest().id() + "|" + a.code())
                      .collect(Collectors.toSet()));
    }

    /** Whether the TPS's result in the contest is adopted: its numbers are locked. */
    private boolean locked(ContestCode contest, TpsCode tps) {
      return adopted.contains(contest.id() + "|" + tps.value());
    }

    /**
     * Writes every file as its outcome arrives; a refused file is counted and skipped, or, unless
     * the request skips invalid files, ends the import ({@link FileRefused}).
     */
    ImportSummary applyAll(ResultReader.Reading reading) {
      while (reading.hasNext()) {
        Outcome outcome = reading.next();
        progress.update(++done, found.files().size());
        switch (outcome) {
          case Ready ready -> result(ready);
          case PublishedRows rows -> published(rows);
          case NotDigitised n -> notDigitised++;
          case Refused r -> {
            refused.add(r.reason());
            if (!request.skipInvalid()) {
              throw new FileRefused();
            }
          }
        }
      }
      write(pending);
      return new ImportSummary(
          total(),
          imported,
          corrected,
          unchanged,
          notDigitised,
          found.skipped(),
          found.outside() + outsideAggregates,
          conflicts,
          refused,
          true,
          replacedByRevote,
          publishedFiles);
    }

    /**
     * The answer to an import with refused files: the rest is read to name every refused file and
     * count those not yet digitised; nothing is written (what was has been rolled back).
     */
    ImportSummary refuse(ResultReader.Reading reading) {
      while (reading.hasNext()) {
        Outcome outcome = reading.next();
        progress.update(++done, found.files().size());
        switch (outcome) {
          case NotDigitised n -> notDigitised++;
          case Refused r -> refused.add(r.reason());
          default -> {}
        }
      }
      return new ImportSummary(
          total(),
          0,
          0,
          0,
          notDigitised,
          found.skipped(),
          found.outside(),
          List.of(),
          refused,
          false,
          0,
          0);
    }

    private int total() {
      return found.files().size() + found.refused().size();
    }

    private void result(Ready ready) {
      TpsResult result = ready.result();
      Origin origin = ready.origin();
      Map<TpsCode, String> digests =
          stored.computeIfAbsent(
              result.contest(),
              c -> tx.inTransaction(() -> new HashMap<>(results.digests(c, request.source()))));
      Map<TpsCode, RevoteKind> kinds =
          revoted.computeIfAbsent(result.contest(), revotes::latestKinds);
      String digest = ready.digest();
      String previous = digests.get(result.tps());
      // The file's own mark wins; the clerk's declaration covers files Sirekap did not mark.
      Optional<RevoteKind> marked = ready.revote();
      Optional<RevoteKind> kind =
          marked.or(() -> request.revote().map(ImportRequest.RevoteDeclared::kind));
      RevoteKind before = kinds.get(result.tps());
      boolean newRevote = kind.isPresent() && kind.get() != before;
      if (newRevote && !locked(result.contest(), result.tps())) {
        // A re-vote not yet recorded for this TPS: it replaces every earlier result.
        write(pending);
        Revote.Marker marker = marked.isPresent() ? Revote.Marker.SIREKAP : Revote.Marker.CLERK;
        String reason = request.revote().map(ImportRequest.RevoteDeclared::reason).orElse("");
        Pending file = pending(result, origin, digest, null, Optional.empty());
        tx.run(
            () -> {
              AuditLog.Entry event =
                  revotes.supersede(
                      actor, result.tps(), result.contest(), kind.get(), marker, reason.strip());
              results.putAll(List.of(file.put()));
              audit.appendAll(actor, List.of(event, file.event()));
            });
        kinds.put(result.tps(), kind.get());
        digests.put(result.tps(), digest);
        replacedByRevote++;
      } else if (digest.equals(previous)) {
        unchanged++;
      } else if (newRevote || locked(result.contest(), result.tps())) {
        conflict(origin, result, ImportSummary.Why.DIFFERENT);
      } else if (before != null && kind.isEmpty()) {
        // The TPS voted again; a file not marked as that vote's result may be the earlier one.
        conflict(origin, result, ImportSummary.Why.REVOTED);
      } else if (previous != null && request.correctionReason().isEmpty()) {
        conflict(origin, result, ImportSummary.Why.DIFFERENT);
      } else {
        pending.add(pending(result, origin, digest, previous, request.correctionReason()));
        if (pending.size() >= filesPerTransaction) {
          write(pending);
        }
        digests.put(result.tps(), digest);
        if (previous == null) {
          imported++;
        } else {
          corrected++;
        }
      }
    }

    private void conflict(Origin origin, TpsResult result, ImportSummary.Why why) {
      conflicts.add(
          new ImportSummary.Conflict(
              Path.of(origin.file()),
              result.tps().value(),
              result.contest().id(),
              request.source().id(),
              why));
    }

    /** An aggregate file: stored apart, replacing an older reading of the same file. */
    private void published(PublishedRows rows) {
      if (rows.outside()) {
        outsideAggregates++;
        return;
      }
      String sha = rows.origin().sha256();
      Optional<String> before =
          tx.inTransaction(() -> published.originOf(rows.contest(), rows.parent()));
      if (before.filter(sha::equals).isPresent()) {
        unchanged++;
        return;
      }
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("contest", rows.contest().id());
      payload.put("region", rows.parent());
      payload.put("file", rows.origin().file());
      payload.put("sha256", sha);
      payload.put("rows", rows.rows().size());
      payload.put("ts", rows.origin().sourceTimestamp());
      before.ifPresent(b -> payload.put("replaces", b));
      String now = clock.instant().toString();
      tx.run(
          () -> {
            published.replace(rows.contest(), rows.parent(), rows.rows(), now);
            audit.append(actor, AuditAction.PUBLISHED_IMPORT, payload);
          });
      publishedFiles++;
    }

    /** Writes the pending files in one transaction, each row with its own audit event, in order. */
    private void write(List<Pending> batch) {
      if (batch.isEmpty()) {
        return;
      }
      tx.run(
          () -> {
            // in file order, so the rows pair with their events; a run of new TPS is inserted
            // without the upsert's search for a row to replace
            int from = 0;
            while (from < batch.size()) {
              boolean fresh = batch.get(from).fresh();
              int to = from + 1;
              while (to < batch.size() && batch.get(to).fresh() == fresh) {
                to++;
              }
              List<ResultRepository.Put> run =
                  batch.subList(from, to).stream().map(Pending::put).toList();
              if (fresh) {
                results.insertAll(run);
              } else {
                results.putAll(run);
              }
              from = to;
            }
            audit.appendAll(actor, batch.stream().map(Pending::event).toList());
          });
      batch.clear();
    }
  }

  /**
   * One file to write: its result row, whether its TPS has no stored row of this source yet, and
   * the audit event that records it.
   */
  private record Pending(ResultRepository.Put put, boolean fresh, AuditLog.Entry event) {}

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
        previous == null,
        new AuditLog.Entry(
            previous == null ? AuditAction.RESULT_IMPORT : AuditAction.RESULT_CORRECT, payload));
  }
}
