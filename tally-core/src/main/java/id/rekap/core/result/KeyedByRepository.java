package id.rekap.core.result;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import java.util.List;

/**
 * Who stands behind a counted keyed form (implemented by the store): the two users of the double
 * entry and the verifier who settled their differences, if any. Nobody may settle or adopt numbers
 * they keyed themselves.
 */
public interface KeyedByRepository {
  /** The people behind one counted form. */
  record KeyedBy(
      TpsCode tps,
      ContestCode contest,
      Source source,
      String first,
      String second,
      String resolvedBy) {
    /** True when the user keyed or settled this form. */
    public boolean involves(String user) {
      return user.equals(first) || user.equals(second) || user.equals(resolvedBy);
    }
  }

  void put(KeyedBy keyedBy, String countedAt);

  /** The counted keyed forms of one TPS in one contest, every source. */
  List<KeyedBy> of(TpsCode tps, ContestCode contest);
}
