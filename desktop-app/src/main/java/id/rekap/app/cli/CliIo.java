package id.rekap.app.cli;

import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Where the command line writes: machine output and reports to {@code out}, errors to {@code err},
 * in the user's language ({@code LANG=en*} for English, Indonesian otherwise).
 */
public record CliIo(PrintWriter out, PrintWriter err, Locale locale) {

  /** A text of the command line's bundle, else of the core's (see {@link CliMessages}). */
  public String text(String key, Object... args) {
    return CliMessages.get(locale, key, args);
  }

  /** A refusal in the user's language, whether the command line or the core raised it. */
  public String text(RekapException refusal) {
    return CliMessages.of(locale, refusal);
  }

  /** Counts in Indonesian style (1.234.567), as the clerks read them on paper. */
  public String count(long n) {
    return NumberFormat.getIntegerInstance(Messages.INDONESIAN).format(n);
  }

  /**
   * A value from outside (a name, a reason, a certificate subject) on one line, with control and
   * direction characters escaped: it cannot forge a line of output or drive the terminal.
   */
  public String safe(Object value) {
    return value == null ? null : id.rekap.core.common.SafeText.inline(String.valueOf(value));
  }

  public void flush() {
    out.flush();
    err.flush();
  }
}
