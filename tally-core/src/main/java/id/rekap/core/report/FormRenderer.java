package id.rekap.core.report;

import id.rekap.core.common.Installed;
import java.io.OutputStream;

/**
 * The port through which the core has a form drawn on paper (ADR 0043). The core decides what a
 * form says ({@link FormDocument}: rows, totals, committee, stamps, the canonical data); the {@code
 * forms} module decides how it looks as a PDF or an XLSX workbook and implements this. The same
 * document and paper give the same bytes.
 */
public interface FormRenderer {
  /** Draws the form in the format onto the stream; the stream is left open. */
  void write(FormDocument doc, ReportFile.Format format, Paper paper, OutputStream out);

  /** The renderer on the class path (the forms module's). */
  static FormRenderer installed() {
    return Installed.one(FormRenderer.class);
  }
}
