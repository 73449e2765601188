package id.rekap.app.gui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** A choice box over a fixed list, bound both ways to a view model property, with its labels. */
public final class Choices {
  private Choices() {}

  public static <T> ChoiceBox<T> of(List<T> items, Property<T> value, Function<T, String> label) {
    ChoiceBox<T> box = new ChoiceBox<>();
    box.getItems().setAll(items);
    box.valueProperty().bindBidirectional(value);
    box.setConverter(labels(label));
    return box;
  }

  /**
   * The converter every list, choice and combo box shows its items with: the label of an item,
   * nothing for none; never parsed back (these boxes are not editable).
   */
  public static <T> StringConverter<T> labels(Function<T, String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : label.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
