package id.rekap.app.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Column helpers shared by the screens: text columns, and right-aligned count columns. */
public final class Tables {
  private Tables() {}

  /** Room a heading needs besides its text: the cell's padding and the sort arrow. */
  private static final double HEADING_PADDING = 26;

  /** The heading font of the theme's tables (bold, the root's 14 px). */
  private static final Font HEADING = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);

  /**
   * The width a column needs for its heading to show whole: a table narrower than its columns
   * scrolls sideways instead of cutting headings to "Berperi…".
   */
  public static double headingWidth(String header) {
    Text t = new Text(header);
    t.setFont(HEADING);
    return Math.ceil(t.getLayoutBounds().getWidth() + HEADING_PADDING);
  }

  public static <T> TableColumn<T, String> text(String header, Function<T, String> value) {
    TableColumn<T, String> col = new TableColumn<>(header);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    col.setMinWidth(headingWidth(header));
    return col;
  }

  public static <T> TableColumn<T, String> text(
      String header, double width, Function<T, String> value) {
    TableColumn<T, String> col = text(header, value);
    col.setPrefWidth(Math.max(width, col.getMinWidth()));
    return col;
  }

  /** Counts are right-aligned, as on the paper forms, so digits line up. */
  public static <T> TableColumn<T, String> count(String header, Function<T, Long> value) {
    TableColumn<T, String> col = text(header, r -> Numbers.count(value.apply(r)));
    col.getStyleClass().add("count");
    col.setMinWidth(Math.max(72, headingWidth(header)));
    col.setPrefWidth(Math.max(96, col.getMinWidth()));
    return col;
  }

  public static <T> TreeTableColumn<T, String> treeText(
      String header, double width, Function<T, String> value) {
    TreeTableColumn<T, String> col = new TreeTableColumn<>(header);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
    col.setMinWidth(headingWidth(header));
    col.setPrefWidth(Math.max(width, col.getMinWidth()));
    return col;
  }

  public static <T> TreeTableColumn<T, String> treeCount(String header, Function<T, Long> value) {
    TreeTableColumn<T, String> col =
        treeText(header, 92, r -> r == null ? "" : Numbers.count(value.apply(r)));
    col.getStyleClass().add("count");
    return col;
  }

  /**
   * Columns fill the table's width while their headings fit; on a narrower screen the table keeps
   * every heading whole and scrolls sideways instead (a constrained table never scrolls, so it
   * would cut the columns on the right off).
   */
  public static void fitOrScroll(TableView<?> table) {
    Runnable choose =
        () -> {
          double needed =
              table.getVisibleLeafColumns().stream()
                      .mapToDouble(javafx.scene.control.TableColumnBase::getMinWidth)
                      .sum()
                  + 20; // the vertical scroll bar
          var policy =
              needed <= table.getWidth() || table.getWidth() == 0
                  ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                  : TableView.UNCONSTRAINED_RESIZE_POLICY;
          if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
          }
        };
    table.widthProperty().addListener(o -> choose.run());
    table
        .getVisibleLeafColumns()
        .addListener((javafx.collections.ListChangeListener<Object>) c -> choose.run());
    choose.run();
  }

  public static void placeholder(TableView<?> table, String text) {
    table.setPlaceholder(new Label(text));
  }
}
