package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader that keeps empty records, so record numbers are the row numbers a
 * spreadsheet shows, and that stops at the limits instead of growing without bound.
 */
final class CsvRecords {
  static final int MAX_FIELD_CHARS = 10_000;
  static final int MAX_FIELDS = 5_000;

  private final Reader in;
  private final Object file;
  private int row;
  private boolean eof;

  CsvRecords(Reader in, Object file) {
    this.in = in;
    this.file = file;
  }

  /** The 1-based number of the record last returned. */
  int row() {
    return row;
  }

  /** The next record, or null at the end. */
  List<String> next() throws IOException {
    if (eof) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int c = in.read();
    if (c == -1) {
      eof = true;
      return null;
    }
    row++;
    for (; ; c = in.read()) {
      if (c == -1) {
        eof = true;
        break;
      }
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          if (in.read() == '"') {
            field.append('"');
          } else {
            in.reset();
            quoted = false;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        add(fields, field);
      } else if (c == '\n') {
        break;
      } else if (c == '\r') {
        in.mark(1);
        if (in.read() != '\n') {
          in.reset();
        }
        break;
      } else {
        field.append((char) c);
      }
      if (field.length() > MAX_FIELD_CHARS) {
        throw RekapException.badInput("template.error.tooLarge", file, MAX_FIELD_CHARS);
      }
    }
    add(fields, field);
    return fields;
  }

  private void add(List<String> fields, StringBuilder field) {
    if (fields.size() >= MAX_FIELDS) {
      throw RekapException.badInput("template.error.tooLarge", file, MAX_FIELDS);
    }
    fields.add(field.toString());
    field.setLength(0);
  }
}
