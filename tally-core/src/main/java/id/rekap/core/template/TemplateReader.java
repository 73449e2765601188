package id.rekap.core.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a filled entry template (XLSX or CSV, told apart by content, not by name) back into TPS
 * results for the target's contest. All or nothing: the first problem throws a BAD_INPUT {@link
 * RekapException} naming the file and the cell ({@code Isian!F12}, or {@code row 12, column F} for
 * CSV), and no result is returned.
 *
 * <p>A blank cell is null (not reported), a whole number 0–999 is that count. A TPS row whose input
 * cells are all blank was not keyed and gives no result. Every returned result has every cell of
 * the form (blocks I–III and V, and every block IV key of its ballot or dapil), with the given
 * {@code source} ({@link Source#CHASIL} or {@link Source#SALINAN} for a keying).
 *
 * <p>This is the parsing half of template import; the caller (the keyed-entry use case) records the
 * results as one keying by the importing user, under the double-entry rules. The files themselves
 * are the {@link TemplateFiles}' (the forms module).
 */
public final class TemplateReader {
  private TemplateReader() {}

  public static List<TpsResult> read(Path file, TemplateTarget target, Source source) {
    try {
      return TemplateFiles.installed().read(file, target, source);
    } catch (NoSuchFileException e) {
      throw RekapException.badInput("input.error.missing", file);
    } catch (IOException e) {
      throw new RekapException(
          RekapException.Kind.BAD_INPUT, e, "input.error.unreadable", file, e.toString());
    }
  }
}
