package id.rekap.core.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor no importer can beat (issue 18): walk the folders, read every file and run a streaming
 * JSON parser over it to its end, on as many threads as the importer uses; no TPS resolution, no
 * validation, no hashing, no store. The import is timed against it in the same run.
 */
final class StreamingFloor {
  private static final JsonFactory JSON = new JsonFactory();

  private StreamingFloor() {}

  /** Reads and parses every {@code .json} file under the folder; returns how many tokens it saw. */
  static long run(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int chunk = (files.size() + threads - 1) / threads;
      List<Future<?>> parts =
          java.util.stream.IntStream.range(0, threads)
              .<Future<?>>mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            long n = 0;
                            int end = Math.min(files.size(), (t + 1) * chunk);
                            for (int i = t * chunk; i < end; i++) {
                              n += parse(files.get(i));
                            }
                            tokens.addAndGet(n);
                          }))
              .toList();
      for (Future<?> f : parts) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return tokens.get();
  }

  private static long parse(Path file) {
    try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
      long n = 0;
      while (p.nextToken() != null) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
