package id.rekap.core.check;

import id.rekap.core.recap.Tally;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;

/**
 * The numbers a rule reads, the same for a TPS and for a region. A region's field counts only when
 * every received TPS beneath it reported it; otherwise it reads as null (not evaluable), because a
 * sum over part of the TPS would make identities fail for no real reason.
 */
public interface Figures {
  Long admin(AdminField field);

  /** Vote cells on the form, in key order: how many, and each one's key and value. */
  int cells();

  int keyAt(int index);

  Long valueAt(int index);

  /**
   * The value at an index as a primitive, {@code -1} when not reported (no boxing in hot loops).
   */
  default long rawAt(int index) {
    Long v = valueAt(index);
    return v == null ? -1 : v;
  }

  /** The value of a vote cell by key; null when not reported or not on the form. */
  default Long vote(int key) {
    for (int i = 0; i < cells(); i++) {
      if (keyAt(i) == key) {
        return valueAt(i);
      }
    }
    return null;
  }

  /** Σ of the votes cast (see {@link VoteSums#choices}); several rules ask for it. */
  default Long choicesSum() {
    return VoteSums.choices(this);
  }

  static Figures of(TpsResult r) {
    Votes v = r.votes();
    return new Figures() {
      private boolean summed;
      private Long sum;

      @Override
      public Long choicesSum() {
        if (!summed) {
          sum = VoteSums.choices(this);
          summed = true;
        }
        return sum;
      }

      @Override
      public Long admin(AdminField field) {
        Integer x = r.admin().get(field);
        return x == null ? null : x.longValue();
      }

      @Override
      public int cells() {
        return v.size();
      }

      @Override
      public int keyAt(int index) {
        return v.keyAt(index);
      }

      @Override
      public Long valueAt(int index) {
        int raw = v.rawAt(index);
        return raw < 0 ? null : (long) raw;
      }

      @Override
      public long rawAt(int index) {
        return v.rawAt(index);
      }

      @Override
      public Long vote(int key) {
        Integer x = v.get(key);
        return x == null ? null : x.longValue();
      }
    };
  }

  static Figures of(Tally t) {
    // Only the cells some current result has on its form: a tally that had a result removed keeps
    // that result's cells with no form behind them, which must not read as "not reported".
    int[] live =
        java.util.stream.IntStream.range(0, t.cells()).filter(i -> t.onFormAt(i) > 0).toArray();
    return new Figures() {
      @Override
      public Long admin(AdminField field) {
        return t.reported(field) == t.results() ? t.admin(field) : null;
      }

      @Override
      public int cells() {
        return live.length;
      }

      @Override
      public int keyAt(int index) {
        return t.keyAt(live[index]);
      }

      @Override
      public Long valueAt(int index) {
        int i = live[index];
        return t.reportedAt(i) == t.onFormAt(i) ? t.valueAt(i) : null;
      }
    };
  }
}
