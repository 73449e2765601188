package id.rekap.core.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes an empty entry template for one contest and the workspace's TPS: one row per TPS with its
 * code and names pre-filled, then the C.Hasil fields in the form's order (see {@link
 * TemplateLayout}). The output depends only on the target, not on the clock, so writing twice gives
 * the same bytes.
 */
public final class TemplateWriter {
  private TemplateWriter() {}

  /** Writes the template in the given format; the stream is left open. */
  public static void write(TemplateTarget target, TemplateFormat format, OutputStream out) {
    try {
      TemplateFiles.installed().write(target, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
