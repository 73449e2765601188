package id.rekap.core.intake;

import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.Origin;
import id.rekap.core.result.Published;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.revote.RevoteKind;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The read phase of an import: every file resolved, read and parsed, on one thread per core, with
 * no store access. Kept apart from {@link ImportResults} so the benchmark can time exactly this
 * work as the baseline the import is measured against.
 */
final class ResultReader {
  /** A Sirekap TPS file is a few kilobytes; a party-list one some tens. */
  static final long MAX_FILE_BYTES = 1L << 20;

  /** What reading one file gave. */
  sealed interface Outcome {}

  /** A result to store; {@code revote} is the re-vote kind the file itself is marked with. */
  record Ready(TpsResult result, Origin origin, Optional<RevoteKind> revote) implements Outcome {}

  record NotDigitised() implements Outcome {}

  record Refused(RekapException reason) implements Outcome {}

  /**
   * A Sirekap aggregate file: the rows it shows for the children of {@code parent} within the
   * workspace (none when all lie outside it).
   */
  record PublishedRows(
      ContestCode contest, String parent, List<Published> rows, Origin origin, boolean outside)
      implements Outcome {}

  private final ElectionDefinition election;
  private final int threads;

  ResultReader(ElectionDefinition election) {
    this.election = election;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** The outcome of every file, in the order given. */
  List<Outcome> readAll(List<Path> files, ImportRequest request, RegionTree regions) {
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
      Optional<RegionCode> aggregate = AggregateFile.regionOf(file);
      if (aggregate.isPresent()) {
        return readAggregate(file, aggregate.get(), request, regions);
      }
      ResultFile rf = ResultFile.resolve(file, request.contest(), election, regions);
      byte[] content = JsonInput.readBounded(file, MAX_FILE_BYTES);
      var parsed =
          new SirekapTpsFileParser(file, rf.tps(), rf.contest(), request.source()).parse(content);
      if (parsed.result().isEmpty()) {
        return new NotDigitised();
      }
      return new Ready(
          parsed.result().get(),
          new Origin(file.toString(), Sha256.hex(content), parsed.timestamp()),
          parsed.revote());
    } catch (RekapException e) {
      return new Refused(e);
    }
  }

  private Outcome readAggregate(
      Path file, RegionCode parent, ImportRequest request, RegionTree regions) {
    Contest contest = AggregateFile.contest(file, request.contest(), election);
    RegionCode root = regions.root();
    if (!parent.isWithin(root) && !root.isWithin(parent)) {
      throw RekapException.badInput("published.error.outsideRegion", file, parent, root);
    }
    if (request.source() != Source.SIREKAP) {
      throw RekapException.badInput("published.error.source", file, request.source().id());
    }
    byte[] content = JsonInput.readBounded(file, MAX_FILE_BYTES);
    String sha = Sha256.hex(content);
    var parsed = new SirekapAggregateParser(file, parent, contest, root, sha).parse(content);
    return new PublishedRows(
        contest.code(),
        parent.value(),
        parsed.rows(),
        new Origin(file.toString(), sha, parsed.timestamp()),
        parsed.rows().isEmpty());
  }
}
