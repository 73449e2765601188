package id.rekap.app.gui.entry;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.entry.TpsQueue;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The work queue beside the form: the TPS grouped by kecamatan and desa, filtered by state (not
 * keyed, awaiting the second entry, mismatch, counted, adopted, with errors, ready to adopt), each
 * group with its count. The groups are asked for when opened, so a Kabupaten Bogor never becomes
 * one list of 15,228 rows.
 */
public final class EntryQueue {
  /** A row of the grouped list: a region (with how many TPS of the filter it holds) or a TPS. */
  public record Node(String code, String text, TpsQueue.State state, boolean errors, boolean tps) {}

  /** A filter as the choice box shows it, with its count over the whole workspace. */
  public record FilterItem(TpsQueue.Filter filter, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final Session session;
  private final ObjectProperty<TpsQueue.Filter> filter =
      new SimpleObjectProperty<>(TpsQueue.Filter.ALL);
  private final ObservableList<FilterItem> filters = FXCollections.observableArrayList();
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();
  private TpsQueue queue;

  EntryQueue(Session session) {
    this.session = session;
    filter.addListener((o, a, b) -> version.set(version.get() + 1));
  }

  /** The state filter chosen. */
  public ObjectProperty<TpsQueue.Filter> filter() {
    return filter;
  }

  /** Every filter with its count, for the choice box. */
  public ObservableList<FilterItem> filters() {
    return filters;
  }

  /** Goes up whenever the groups must be drawn again (new data, another filter). */
  public ReadOnlyLongProperty version() {
    return version.getReadOnlyProperty();
  }

  TpsQueue queue() {
    return queue;
  }

  void update(TpsQueue q) {
    this.queue = q;
    Map<TpsQueue.Filter, Integer> counts = q.counts(null);
    List<FilterItem> items = new ArrayList<>();
    for (TpsQueue.Filter f : TpsQueue.Filter.values()) {
      items.add(
          new FilterItem(
              f,
              session.text(
                  "queue.filter." + f.name().toLowerCase(Locale.ROOT),
                  Numbers.count(counts.get(f)))));
    }
    TpsQueue.Filter chosen = filter.get();
    filters.setAll(items);
    filter.set(chosen);
    version.set(version.get() + 1);
  }

  /** The level the list starts at: kecamatan at a kab/kota, desa at a PPK. */
  RegionLevel topLevel() {
    RegionCode root = session.workspace().regionTree().root();
    return root.level().digits() < RegionLevel.KECAMATAN.digits()
        ? RegionLevel.KECAMATAN
        : RegionLevel.DESA;
  }

  /** The rows beneath a region (null: the top of the list) under the filter chosen. */
  public List<Node> children(String regionCode) {
    if (queue == null) {
      return List.of();
    }
    TpsQueue.Filter f = filter.get();
    RegionCode within = regionCode == null ? null : new RegionCode(regionCode);
    var tree = session.workspace().regionTree();
    List<Node> out = new ArrayList<>();
    if (within == null || within.level() != RegionLevel.DESA) {
      RegionLevel level = within == null ? topLevel() : RegionLevel.DESA;
      for (RegionCode r : queue.regions(within, level, f)) {
        int n = queue.counts(r).get(f);
        out.add(
            new Node(
                r.value(),
                session.text("queue.region", tree.nameOf(r), Numbers.count(n)),
                null,
                false,
                false));
      }
      return out;
    }
    for (TpsQueue.Entry e : queue.list(within, f)) {
      String name = tree.tps(e.tps()).map(t -> t.name()).orElse(e.tps().value());
      out.add(new Node(e.tps().value(), name, e.state(), e.errors(), true));
    }
    return out;
  }

  /** The codes of the groups that hold a TPS, top first (to open the list at it). */
  public List<String> pathTo(String tps) {
    TpsCode code = new TpsCode(tps);
    List<String> path = new ArrayList<>();
    if (topLevel() == RegionLevel.KECAMATAN) {
      path.add(code.at(RegionLevel.KECAMATAN).value());
    }
    path.add(code.at(RegionLevel.DESA).value());
    return path;
  }

  /** The state of a TPS in words ("menunggu entri kedua"). */
  public String stateText(TpsQueue.State state) {
    return session.text("queue.state." + state.name().toLowerCase(Locale.ROOT));
  }
}
