package id.rekap.core.check;

import id.rekap.core.common.MessageRef;
import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import java.util.Locale;
import java.util.Map;

/**
 * One thing wrong (or worth a look) at one place: the rule, its severity, the contest, the level
 * and code of the TPS or region, its message (rendered in the user's language) and the numbers
 * compared.
 */
public record Finding(
    String rule,
    Severity severity,
    ContestCode contest,
    RecapLevel level,
    String code,
    MessageRef message,
    Map<String, Object> values) {

  public Finding {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  public String message(Locale locale) {
    return Messages.get(locale, message.key(), message.args().toArray());
  }

  /** The rule's number (R5 → 5), for ordering R2 before R10. */
  public int ruleNumber() {
    return Integer.parseInt(rule.substring(1));
  }
}
