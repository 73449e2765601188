package id.rekap.core.result;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.signing.Sha256;

/**
 * The numbers of one TPS for one contest from one source: blocks I–III and V ({@link AdminBlock})
 * and block IV ({@link Votes}); {@code dapil} is set for party-list contests.
 */
public record TpsResult(
    TpsCode tps, ContestCode contest, Source source, String dapil, AdminBlock admin, Votes votes) {

  /**
   * SHA-256 of the values alone (not of the file they came from), so the same numbers from a
   * re-downloaded file are recognised as unchanged.
   */
  public String digest() {
    StringBuilder b = new StringBuilder(512);
    b.append(tps)
        .append('|')
        .append(contest)
        .append('|')
        .append(dapil == null ? "" : dapil)
        .append('|');
    for (AdminField f : AdminField.values()) {
      Integer v = admin.get(f);
      b.append(v == null ? "n" : v.toString()).append(',');
    }
    b.append('|');
    for (int i = 0; i < votes.size(); i++) {
      Integer v = votes.valueAt(i);
      b.append(votes.keyAt(i)).append('=').append(v == null ? "n" : v.toString()).append(',');
    }
    return Sha256.hex(b.toString());
  }
}
