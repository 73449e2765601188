package id.rekap.core.intake;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Use case: import Sirekap TPS result files. Every file is read and checked first; unless asked to
 * skip invalid files, one refused file means nothing is written. Then each file is written in its
 * own transaction together with its audit event. The same numbers again change nothing; different
 * numbers for a TPS that already has data from the same source are a conflict, not applied unless
 * imported as a correction with a reason.
 */
public final class ImportResults {
  /** A Sirekap TPS file is a few kilobytes; a party-list one some tens. */
  static final long MAX_FILE_BYTES = 1L << 20;

  private final Transactions tx;
  private final ResultRepository results;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;
  private final int threads;

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
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Receives (files done, files in all) while an import runs. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(int done, int total);
  }

  private sealed interface Outcome {}

  private record Ready(TpsResult result, Origin origin) implements Outcome {}

  private record NotDigitised() implements Outcome {}

  private record Refused(RekapException reason) implements Outcome {}

  public ImportSummary run(Actor actor, ImportRequest request, Progress progress) {
    RegionTree regions = tree.get();
    ResultFiles found = ResultFiles.collect(request.paths(), regions.root());
    List<Outcome> outcomes = readAll(found.files(), request, regions);
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

  private List<Outcome> readAll(List<Path> files, ImportRequest request, RegionTree regions) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "rekap-import-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Outcome>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(pool.submit(() -> read(file, request, regions)));
      }
      List<Outcome> out = new ArrayList<>(files.size());
      for (Future<Outcome> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("import reader failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome read(Path file, ImportRequest request, RegionTree regions) {
    try {
      ResultFile rf = ResultFile.resolve(file, request.contest(), election, regions);
      byte[] content = JsonInput.readBounded(file, MAX_FILE_BYTES);
      var parsed =
          new SirekapTpsFileParser(file, rf.tps(), rf.contest(), request.source()).parse(content);
      if (parsed.result().isEmpty()) {
        return new NotDigitised();
      }
      return new Ready(
          parsed.result().get(),
          new Origin(file.toString(), Sha256.hex(content), parsed.timestamp()));
    } catch (RekapException e) {
      return new Refused(e);
    }
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
      } else if (previous != null && request.correctionReason().isEmpty()) {
        conflicts.add(
            new ImportSummary.Conflict(
                Path.of(origin.file()),
                result.tps().value(),
                result.contest().id(),
                request.source().id()));
      } else {
        write(actor, result, origin, digest, previous, request.correctionReason());
        digests.put(result.tps(), digest);
        if (previous == null) {
          imported++;
        } else {
          corrected++;
        }
      }
    }
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

  private void write(
      Actor actor,
      TpsResult result,
      Origin origin,
      String digest,
      String previous,
      Optional<String> reason) {
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
    tx.run(
        () -> {
          results.put(result, origin, now);
          audit.append(actor, previous == null ? "result.import" : "result.correct", payload);
        });
  }
}
