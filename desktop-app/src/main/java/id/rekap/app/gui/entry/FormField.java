package id.rekap.app.gui.entry;

import id.rekap.core.result.Block;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One box of the C.Hasil form: its field label ({@code valid}, {@code choices.2}), the text printed
 * beside it on the paper (and the full name for lists), its block and party, what is typed (digits
 * only, blank allowed), Sirekap's value for comparison, the two keyings when they disagree, and how
 * the rules judge it as it is typed.
 */
public final class FormField {
  /** How the rules judge the field now. */
  public enum State {
    OK,
    WARNING,
    ERROR
  }

  /** What the row is within a party's block of a party-list ballot. */
  public enum Kind {
    PLAIN,
    PARTY_ONLY,
    CALEG,
    PARTY_TOTAL
  }

  private final String label;
  private final String title;
  private final String fullTitle;
  private final Block block;
  private final int party;
  private final Kind kind;
  private final StringProperty value = new SimpleStringProperty("");
  private final StringProperty sirekap = new SimpleStringProperty("");
  private final StringProperty first = new SimpleStringProperty("");
  private final StringProperty second = new SimpleStringProperty("");
  private final BooleanProperty differs = new SimpleBooleanProperty();
  private final BooleanProperty editable = new SimpleBooleanProperty(true);
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty running = new SimpleStringProperty("");
  private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OK);

  public FormField(
      String label, String title, String fullTitle, Block block, int party, Kind kind) {
    this.label = label;
    this.title = title;
    this.fullTitle = fullTitle;
    this.block = block;
    this.party = party;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  /** The text of the row on the paper (within its party's block, without the party). */
  public String title() {
    return title;
  }

  /** The name of the box wherever it is listed alone ("IV. 3 PDIP, calon 2 …"). */
  public String fullTitle() {
    return fullTitle;
  }

  public Block block() {
    return block;
  }

  /** The party's ballot number, 0 outside a party block. */
  public int party() {
    return party;
  }

  public Kind kind() {
    return kind;
  }

  public StringProperty value() {
    return value;
  }

  public StringProperty sirekap() {
    return sirekap;
  }

  /** The first keying's value (shown to the verifier when the keyings disagree). */
  public StringProperty first() {
    return first;
  }

  public StringProperty second() {
    return second;
  }

  /** True when the two keyings disagree on this box. */
  public BooleanProperty differs() {
    return differs;
  }

  /** False when the box shows a stored value (read-only) or an agreed one. */
  public BooleanProperty editable() {
    return editable;
  }

  public StringProperty note() {
    return note;
  }

  /** For a party's total: the running sum of its party-only and caleg boxes, as checked. */
  public StringProperty running() {
    return running;
  }

  public ObjectProperty<State> state() {
    return state;
  }

  /** The typed count, or null when the box is blank. */
  public Integer count() {
    String v = value.get();
    return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
  }
}
