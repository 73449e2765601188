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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The read side of an import: every file resolved, read, parsed, hashed and digested, on one thread
 * per core, with no store access. {@link #start} hands the outcomes over in file order while the
 * reader threads read ahead of the writer (ADR 0029); kept apart from {@link ImportResults} so the
 * benchmark can also time this work alone.
 */
final class ResultReader {
  /** A Sirekap TPS file is a few kilobytes; a party-list one some tens. */
  static final long MAX_FILE_BYTES = 1L << 20;

  /**
   * How many files the reader threads may be ahead of the writer: enough to keep them busy while a
   * batch commits, few enough that the outcomes waiting take a few megabytes, whatever the import's
   * size.
   */
  static final int AHEAD = 2048;

  /** What reading one file gave. */
  sealed interface Outcome {}

  /** A result to store; {@code revote} is the re-vote kind the file itself is marked with. */
  record Ready(TpsResult result, Origin origin, Optional<RevoteKind> revote, String digest)
      implements Outcome {
    /** The result's digest ({@link TpsResult#digest}), computed on the reader thread. */
    Ready(TpsResult result, Origin origin, Optional<RevoteKind> revote) {
      this(result, origin, revote, result.digest());
    }
  }

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
    List<Outcome> out = new ArrayList<>(files.size());
    try (Reading reading = start(files, request, regions)) {
      while (reading.hasNext()) {
        out.add(reading.next());
      }
    }
    return out;
  }

  /** Starts reading the files; close the reading to stop the reader threads. */
  Reading start(List<Path> files, ImportRequest request, RegionTree regions) {
    return new Reading(files, request, regions);
  }

  /**
   * The outcomes of the files in their order, read on the reader threads at most {@link #AHEAD}
   * files ahead of the thread that takes them (a bounded window, so memory does not grow with the
   * import).
   */
  final class Reading implements AutoCloseable {
    private final List<Path> files;
    private final ImportRequest request;
    private final RegionTree regions;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Outcome>> window = new ArrayDeque<>(AHEAD);
    private int submitted;
    private int taken;

    private Reading(List<Path> files, ImportRequest request, RegionTree regions) {
      this.files = files;
      this.request = request;
      this.regions = regions;
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "rekap-import-reader");
                t.setDaemon(true);
                return t;
              });
      fill();
    }

    boolean hasNext() {
      return taken < files.size();
    }

    /** The next file's outcome, waiting for it if the readers are not there yet. */
    Outcome next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Future<Outcome> f = window.poll();
      taken++;
      fill();
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("import reader failed", e.getCause());
      }
    }

    private void fill() {
      while (submitted < files.size() && window.size() < AHEAD) {
        Path file = files.get(submitted++);
        window.add(pool.submit(() -> read(file, request, regions)));
      }
    }

    @Override
    public void close() {
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
