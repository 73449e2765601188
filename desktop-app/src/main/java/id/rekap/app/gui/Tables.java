package id.rekap.app.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;

/** Column helpers shared by the screens: text columns, and right-aligned count columns. */
public final class Tables {
  private Tables() {}

  public static <T> TableColumn<T, String> text(String header, Function<T, String> value) {
    TableColumn<T, String> col = new TableColumn<>(header);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    return col;
  }

  public static <T> TableColumn<T, String> text(
      String header, double width, Function<T, String> value) {
    TableColumn<T, String> col = text(header, value);
    col.setPrefWidth(width);
    return col;
  }

  /** Counts are right-aligned, as on the paper forms, so digits line up. */
  public static <T> TableColumn<T, String> count(String header, Function<T, Long> value) {
    TableColumn<T, String> col = text(header, r -> Numbers.count(value.apply(r)));
    col.getStyleClass().add("count");
    col.setPrefWidth(104);
    col.setMinWidth(84);
    return col;
  }

  public static <T> TreeTableColumn<T, String> treeText(
      String header, double width, Function<T, String> value) {
    TreeTableColumn<T, String> col = new TreeTableColumn<>(header);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
    col.setPrefWidth(width);
    return col;
  }

  public static <T> TreeTableColumn<T, String> treeCount(String header, Function<T, Long> value) {
    TreeTableColumn<T, String> col =
        treeText(header, 92, r -> r == null ? "" : Numbers.count(value.apply(r)));
    col.getStyleClass().add("count");
    return col;
  }

  public static void placeholder(TableView<?> table, String text) {
    table.setPlaceholder(new Label(text));
  }
}
