package id.rekap.app.gui.entry;

import id.rekap.core.result.Block;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One box of the C.Hasil form: its field label ({@code valid}, {@code choices.2}), the text printed
 * beside it, its block, what the operator typed (digits only, blank allowed), Sirekap's value for
 * comparison, and the findings about it while the form is typed.
 */
public final class FormField {
  /** How the rules judge the field now. */
  public enum State {
    OK,
    WARNING,
    ERROR
  }

  private final String label;
  private final String title;
  private final Block block;
  private final StringProperty value = new SimpleStringProperty("");
  private final StringProperty sirekap = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final javafx.beans.property.ObjectProperty<State> state =
      new javafx.beans.property.SimpleObjectProperty<>(State.OK);

  public FormField(String label, String title, Block block) {
    this.label = label;
    this.title = title;
    this.block = block;
  }

  public String label() {
    return label;
  }

  public String title() {
    return title;
  }

  public Block block() {
    return block;
  }

  public StringProperty value() {
    return value;
  }

  public StringProperty sirekap() {
    return sirekap;
  }

  public StringProperty note() {
    return note;
  }

  public javafx.beans.property.ObjectProperty<State> state() {
    return state;
  }

  /** The typed count, or null when the box is blank. */
  public Integer count() {
    String v = value.get();
    return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
  }
}
