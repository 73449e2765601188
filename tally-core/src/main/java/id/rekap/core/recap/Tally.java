package id.rekap.core.recap;

import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of every field over a set of TPS results. A field stays null until at least one result
 * reports it, so "nobody reported this" is never shown as 0. Sums are {@code long}: a national
 * total of 3-digit counts cannot overflow it.
 */
public final class Tally {
  private static final AdminField[] FIELDS = AdminField.values();
  private final long[] admin = new long[FIELDS.length];
  private final boolean[] adminSeen = new boolean[FIELDS.length];
  private final TreeMap<Integer, long[]> votes = new TreeMap<>();
  private int results;

  /** Adds one TPS result. */
  public void add(TpsResult r) {
    results++;
    for (AdminField f : FIELDS) {
      Integer v = r.admin().get(f);
      if (v != null) {
        admin[f.ordinal()] += v;
        adminSeen[f.ordinal()] = true;
      }
    }
    Votes vs = r.votes();
    for (int i = 0; i < vs.size(); i++) {
      long[] cell = votes.computeIfAbsent(vs.keyAt(i), k -> new long[2]);
      int raw = vs.rawAt(i);
      if (raw >= 0) {
        cell[0] += raw;
        cell[1] = 1;
      }
    }
  }

  /** Adds another tally (a child region's). */
  public void add(Tally other) {
    results += other.results;
    for (int i = 0; i < admin.length; i++) {
      if (other.adminSeen[i]) {
        admin[i] += other.admin[i];
        adminSeen[i] = true;
      }
    }
    other.votes.forEach(
        (k, cell) -> {
          long[] mine = votes.computeIfAbsent(k, x -> new long[2]);
          if (cell[1] == 1) {
            mine[0] += cell[0];
            mine[1] = 1;
          }
        });
  }

  public int results() {
    return results;
  }

  /** The sum, or null when no result reported the field. */
  public Long admin(AdminField field) {
    return adminSeen[field.ordinal()] ? admin[field.ordinal()] : null;
  }

  /** The sum of a vote cell, or null when no result reported it. */
  public Long votes(int key) {
    long[] cell = votes.get(key);
    return cell == null || cell[1] == 0 ? null : cell[0];
  }

  /** Vote cell sums by key (null values for cells on the form that nobody reported). */
  public Map<Integer, Long> votes() {
    Map<Integer, Long> out = new TreeMap<>();
    votes.forEach((k, cell) -> out.put(k, cell[1] == 0 ? null : cell[0]));
    return out;
  }
}
