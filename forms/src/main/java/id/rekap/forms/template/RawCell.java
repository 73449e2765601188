package id.rekap.forms.template;

/** A cell as found in the file, before it is judged: its kind and its text. */
record RawCell(Kind kind, String text) {
  enum Kind {
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR,
    /** A cell with a formula; never accepted, whatever its cached value. */
    FORMULA
  }

  static RawCell text(String text) {
    return new RawCell(Kind.TEXT, text);
  }

  boolean isBlank() {
    return kind == Kind.TEXT && text.isBlank();
  }
}
