package id.rekap.core.check;

import id.rekap.core.common.MessageRef;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import java.util.List;

/**
 * Rule R22: a received package declares, for one region and contest, totals that differ from the
 * sum of the package's own per-TPS rows. Found when the package is imported and kept with it; the
 * check reports it as long as that package is the sender's current one.
 *
 * @param fields the differing fields by their recap path ({@code choices.1}, {@code valid}, …)
 * @param declared the package's figures for those fields (null where it has none)
 * @param recomputed the sums of the package's rows for those fields
 */
public record PackageDiscrepancy(
    ContestCode contest,
    RecapLevel level,
    String code,
    String sender,
    int sequence,
    List<String> fields,
    List<Object> declared,
    List<Object> recomputed) {
  public static final String RULE = "R22";

  /** How many differing fields a message names before "…". */
  static final int NAMED = 5;

  public PackageDiscrepancy {
    fields = List.copyOf(fields);
    declared = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(declared));
    recomputed = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recomputed));
  }

  Finding finding(Severity severity) {
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("sender", sender);
    values.put("sequence", sequence);
    values.put("fields", fields);
    values.put("declared", declared);
    values.put("recomputed", recomputed);
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < fields.size() && i < NAMED; i++) {
      if (i > 0) {
        named.append(", ");
      }
      named
          .append(fields.get(i))
          .append(' ')
          .append(declared.get(i))
          .append(" ≠ ")
          .append(recomputed.get(i));
    }
    if (fields.size() > NAMED) {
      named.append(", …");
    }
    return new Finding(
        RULE,
        severity,
        contest,
        level,
        code,
        new MessageRef("rule.R22", sender, sequence, named.toString()),
        values);
  }
}
