package id.rekap.core.intake;

import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.Origin;
import id.rekap.core.result.TpsResult;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  record Ready(TpsResult result, Origin origin) implements Outcome {}

  record NotDigitised() implements Outcome {}

  record Refused(RekapException reason) implements Outcome {}

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
}
