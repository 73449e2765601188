package id.rekap.core.common;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: reading records (quoted fields, doubled quotes) and writing one field. */
public final class Csv {
  private Csv() {}

  /** Splits a whole CSV text into records of fields; a trailing line break is allowed. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /**
   * Whether a spreadsheet would take a cell starting with this character as a formula (or, for a
   * tab or carriage return, skip to one): {@code = + - @}, OWASP's list.
   */
  public static boolean isFormulaLead(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * The value a spreadsheet shows as text: one that would start a formula gets a leading apostrophe
   * (OWASP's advice), which spreadsheets display as nothing.
   */
  public static String defused(String value) {
    return value != null && !value.isEmpty() && isFormulaLead(value.charAt(0))
        ? "'" + value
        : value;
  }

  /**
   * One cell of a CSV file Rekap writes: {@link #defused} (names come from files of others and
   * could otherwise run as formulas in the reader's spreadsheet), then {@link #field}.
   */
  public static String cell(String value) {
    return field(defused(value));
  }

  /** One field, quoted when it holds a separator, quote or line break. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') >= 0
        || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
