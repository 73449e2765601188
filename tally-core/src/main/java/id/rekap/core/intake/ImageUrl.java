package id.rekap.core.intake;

import id.rekap.core.election.ContestCode;
import java.util.Optional;

/**
 * What a Sirekap photo address says about the form it shows: the TPS code its file name starts with
 * and the contest a folder of its path is named after ({@code
 * https://sirekap-obj-formc.kpu.go.id/2851/pemilu/ppwp/31/01/01/10/01/3101011001001-20240214-205639--….jpg}).
 * Either may be absent from an address of another form; then there is nothing to compare.
 */
record ImageUrl(Optional<String> tps, Optional<ContestCode> contest) {
  private static final int TPS_DIGITS = 13;

  static Optional<ImageUrl> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String path = url.strip();
    int query = indexOfAny(path, '?', '#');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String[] segments = path.split("/", -1);
    String name = segments[segments.length - 1];
    Optional<String> tps = Optional.empty();
    if (name.length() > TPS_DIGITS
        && name.charAt(TPS_DIGITS) == '-'
        && name.substring(0, TPS_DIGITS).chars().allMatch(c -> c >= '0' && c <= '9')) {
      tps = Optional.of(name.substring(0, TPS_DIGITS));
    }
    Optional<ContestCode> contest = Optional.empty();
    for (int i = 0; i < segments.length - 1 && contest.isEmpty(); i++) {
      contest = exact(segments[i]);
    }
    return Optional.of(new ImageUrl(tps, contest));
  }

  /** A path segment that is exactly a contest code (lower case, as Sirekap writes them). */
  private static Optional<ContestCode> exact(String segment) {
    return ContestCode.of(segment).filter(c -> c.id().equals(segment));
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
