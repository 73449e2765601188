package id.rekap.core.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written in two steps, so that what a clerk finds under a final name is always complete
 * and, where the database records it, already recorded: {@link #write} puts the bytes into a hidden
 * temporary file beside the target and forces them to the disk; {@link #publish} then moves it over
 * the target in one atomic rename and forces the folder entry to the disk. A caller that records
 * the file in the database commits between the two steps, so a crash leaves either no file under
 * the final name or a file the database knows. {@link #close} removes an unpublished temporary file
 * (a crash leaves it behind as a hidden {@code .part} file, never under the name).
 */
public final class StagedFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean published;

  private StagedFile(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** Writes the bytes into a temporary file beside {@code target} and forces them to disk. */
  public static StagedFile write(Path target, byte[] bytes) {
    return write(target, out -> out.write(bytes));
  }

  /** What writes a staged file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content into a temporary file beside {@code target} and forces it to disk. */
  public static StagedFile write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      return new StagedFile(absolute, temp);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** The final name. */
  public Path target() {
    return target;
  }

  /** The temporary file holding the content until {@link #publish}. */
  public Path temp() {
    return temp;
  }

  /** Moves the staged file to its final name atomically and makes the move durable. */
  public Path publish() {
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      published = true;
      syncFolder(target.getParent());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the temporary file unless it was published. */
  @Override
  public void close() {
    if (!published) {
      deleteQuietly(temp);
    }
  }

  /** Writes {@code bytes} to {@code target} durably and atomically (stage, then publish). */
  public static Path writeAtomically(Path target, byte[] bytes) {
    try (StagedFile staged = write(target, bytes)) {
      return staged.publish();
    }
  }

  /**
   * Forces a folder's entries (a rename, a new file) to the disk. Windows cannot open a folder as a
   * channel; its file system journals the rename itself, so the failure is ignored there.
   */
  public static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not possible on Windows (see above); elsewhere the rename itself has already happened
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a hidden .part file left behind is harmless and never taken for the real one
      }
    }
  }
}
