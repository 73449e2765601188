package id.rekap.core.template;

import id.rekap.core.common.Installed;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The port through which the core reads and writes entry template files (ADR 0043). The core keeps
 * what a template holds ({@link TemplateTarget}, {@link TemplateLayout}, {@link TemplateMeta}); the
 * {@code forms} module implements the XLSX and CSV files with POI and registers itself.
 */
public interface TemplateFiles {
  /**
   * Reads a filled template, XLSX or CSV told apart by content, as {@link TemplateReader#read}
   * describes.
   *
   * @throws IOException when the file cannot be read at all
   */
  List<TpsResult> read(Path file, TemplateTarget target, Source source) throws IOException;

  /** Writes an empty template, as {@link TemplateWriter#write} describes. */
  void write(TemplateTarget target, TemplateFormat format, OutputStream out) throws IOException;

  /** The template files on the class path (the forms module's). */
  static TemplateFiles installed() {
    return Installed.one(TemplateFiles.class);
  }
}
