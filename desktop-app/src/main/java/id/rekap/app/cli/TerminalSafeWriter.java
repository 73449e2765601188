package id.rekap.app.cli;

import id.rekap.core.common.SafeText;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes here: control characters other than line ends and tabs
 * (a terminal's escape sequences, a lone carriage return that would overwrite a line) and the
 * invisible direction marks are written as {@code \\uXXXX}. JSON output stays valid and means the
 * same: inside a JSON string {@code \\uXXXX} is that very character, and Jackson escapes the rest.
 */
final class TerminalSafeWriter extends Writer {
  private final Writer out;
  private boolean carriageReturn;

  TerminalSafeWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    StringBuilder b = new StringBuilder(length + 8);
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (carriageReturn) {
        carriageReturn = false;
        if (c == '\n') {
          b.append("\r\n");
          continue;
        }
        SafeText.escape('\r', b);
      }
      if (c == '\r') {
        // kept until the next character: CR LF is a line end (Windows), a lone CR is not
        carriageReturn = true;
      } else if (c == '\n' || c == '\t' || !SafeText.unsafe(c)) {
        b.append(c);
      } else {
        SafeText.escape(c, b);
      }
    }
    out.write(b.toString());
  }

  @Override
  public void flush() throws IOException {
    if (carriageReturn) {
      carriageReturn = false;
      StringBuilder b = new StringBuilder();
      SafeText.escape('\r', b);
      out.write(b.toString());
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
