package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import id.rekap.core.result.TpsResult;
import id.rekap.signing.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The digest an adoption records: SHA-256 over the contest, the adopted TPS or region code and, for
 * every TPS beneath it in code order, the TPS code and the value digest ({@link
 * TpsResult#digest()}) of the result the recap uses there (the source first in precedence). The
 * recap of a region is a function of those rows, so equal digests mean equal numbers on every form
 * of it. Anyone holding the rows (a package's {@code results.json}) can recompute it: one line per
 * TPS, {@code "<tps> <digest>\n"}, after the header {@code
 * "rekap-adoption/1\n<contest>\n<code>\n"}.
 */
public final class AdoptionDigest {
  private AdoptionDigest() {}

  /**
   * @param adopted the result the recap uses for each TPS under the code (one per TPS)
   */
  public static String of(ContestCode contest, String code, Collection<TpsResult> adopted) {
    MessageDigest md = Sha256.newDigest();
    md.update(
        ("rekap-adoption/1\n" + contest.id() + "\n" + code + "\n")
            .getBytes(StandardCharsets.US_ASCII));
    List<TpsResult> rows =
        adopted.stream().sorted(Comparator.comparing(r -> r.tps().value())).toList();
    for (TpsResult r : rows) {
      md.update((r.tps().value() + " " + r.digest() + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    return Sha256.hex(md);
  }
}
