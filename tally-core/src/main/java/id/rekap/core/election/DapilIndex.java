package id.rekap.core.election;

import id.rekap.core.region.TpsCode;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeSet;

/**
 * A contest's dapils as an unmodifiable list that also finds, in a few map look-ups, the first
 * dapil covering a TPS. A province's DPRD Kab/Kota ballot has some 160 dapils over 627 kecamatan,
 * and {@link Contest#dapilOf} is asked for every TPS row read, recapped and checked: scanning every
 * dapil's regions each time grew with the province (issue 20 §3).
 */
final class DapilIndex extends AbstractList<Dapil> implements RandomAccess {
  private final Dapil[] dapils;

  /** Per region prefix, the position of the first dapil that names it. */
  private final Map<String, Integer> first = new HashMap<>();

  /** The lengths of the prefixes named, ascending. */
  private final int[] lengths;

  private DapilIndex(List<Dapil> dapils) {
    this.dapils = dapils.toArray(Dapil[]::new);
    TreeSet<Integer> found = new TreeSet<>();
    for (int i = 0; i < this.dapils.length; i++) {
      for (String region : this.dapils[i].regions()) {
        first.putIfAbsent(region, i);
        found.add(region.length());
      }
    }
    lengths = found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The dapils, unmodifiable, in their order (as {@code List.copyOf}). */
  static List<Dapil> of(List<Dapil> dapils) {
    for (Dapil d : dapils) {
      java.util.Objects.requireNonNull(d);
    }
    return dapils instanceof DapilIndex index ? index : new DapilIndex(dapils);
  }

  /** The first dapil, in list order, one of whose regions is a prefix of the TPS's code. */
  Optional<Dapil> covering(TpsCode tps) {
    String code = tps.value();
    int best = Integer.MAX_VALUE;
    for (int length : lengths) {
      if (length > code.length()) {
        break;
      }
      Integer i = first.get(code.substring(0, length));
      if (i != null && i < best) {
        best = i;
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(dapils[best]);
  }

  @Override
  public Dapil get(int index) {
    return dapils[index];
  }

  @Override
  public int size() {
    return dapils.length;
  }
}
