package id.rekap.app.gui.entry;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A field two keyings disagree on: both values and the verifier's choice (blank: undecided). */
public record ResolveRow(
    String field, String title, Integer first, Integer second, StringProperty chosen) {
  public ResolveRow(String field, String title, Integer first, Integer second) {
    this(field, title, first, second, new SimpleStringProperty(""));
  }
}
