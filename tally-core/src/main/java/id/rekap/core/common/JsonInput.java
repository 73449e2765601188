package id.rekap.core.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict, bounded JSON reading for untrusted input files: duplicate keys refused, nesting, string
 * and number lengths limited, and parse errors turned into one line naming the file and place.
 */
public final class JsonInput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(32)
                  .maxNumberLength(20)
                  .maxStringLength(1 << 20)
                  .maxNameLength(1 << 12)
                  .build())
          .build();

  private static final int CHUNK = 64 * 1024;

  private JsonInput() {}

  public static JsonParser parser(Path file) throws IOException {
    return FACTORY.createParser(file.toFile());
  }

  public static JsonParser parser(byte[] content) throws IOException {
    return FACTORY.createParser(content);
  }

  /** Reads a whole input file, refusing files over {@code maxBytes} before reading them. */
  public static byte[] readBounded(Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw RekapException.badInput("input.error.tooLarge", file, size, maxBytes);
      }
      return readInChunks(file, (int) size);
    } catch (IOException e) {
      throw RekapException.badInput("input.error.unreadable", file, e.getMessage());
    }
  }

  /**
   * The file's bytes, read 64 kB at a time. Why not {@link Files#readAllBytes}: it asks the file
   * channel for the whole file in one read, which the JDK passes through a temporary direct buffer
   * as large as the file: native memory outside the heap, kept afterwards by the reading thread (a
   * 250 MB package took 250 MB of heap and 250 MB more of native memory; issue 15).
   */
  private static byte[] readInChunks(Path file, int size) throws IOException {
    byte[] all = new byte[size];
    try (InputStream in = Files.newInputStream(file)) {
      int off = 0;
      while (off < size) {
        int n = in.read(all, off, Math.min(CHUNK, size - off));
        if (n < 0) {
          throw new IOException("the file became shorter while it was read");
        }
        off += n;
      }
      if (in.read() >= 0) {
        throw new IOException("the file became longer while it was read");
      }
    }
    return all;
  }

  public static void expect(JsonParser p, Object file, JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw RekapException.badInput(
          "input.error.structure",
          file,
          position(p.currentLocation()),
          describe(expected),
          describe(actual));
    }
  }

  /** A parse failure (truncated file, bad syntax, limits exceeded) as one clear bad-input line. */
  public static RekapException malformed(Object file, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      return RekapException.badInput(
          "input.error.malformed", file, position(jpe.getLocation()), jpe.getOriginalMessage());
    }
    return RekapException.badInput("input.error.unreadable", file, e.getMessage());
  }

  public static String position(JsonLocation location) {
    if (location == null) {
      return "?";
    }
    return location.getLineNr() + ":" + location.getColumnNr();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "EOF";
    }
    return switch (token) {
      case START_OBJECT -> "{";
      case END_OBJECT -> "}";
      case START_ARRAY -> "[";
      case END_ARRAY -> "]";
      default -> token.name();
    };
  }
}
