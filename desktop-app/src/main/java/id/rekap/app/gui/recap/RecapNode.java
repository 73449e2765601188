package id.rekap.app.gui.recap;

import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import java.util.ArrayList;
import java.util.List;

/** One row of the recap tree: a region or TPS, its TPS counts, its sums and its children. */
public record RecapNode(
    String code,
    String name,
    RecapLevel level,
    int expected,
    int received,
    Tally tally,
    List<RecapNode> children) {

  public RecapNode(
      String code, String name, RecapLevel level, int expected, int received, Tally tally) {
    this(code, name, level, expected, received, tally, new ArrayList<>());
  }

  /** The node with this code in the subtree, if any. */
  public java.util.Optional<RecapNode> find(String wanted) {
    if (code.equals(wanted)) {
      return java.util.Optional.of(this);
    }
    for (RecapNode c : children) {
      if (wanted.startsWith(c.code())) {
        return c.find(wanted);
      }
    }
    return java.util.Optional.empty();
  }
}
