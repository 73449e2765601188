package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.result.AdminField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * R18: a number written in words on the form ("ditulis dengan huruf kapital") says the same as its
 * digits. Only data keyed from the form carries words; without them the rule has nothing to do.
 */
final class WordsRule extends BaseRule {
  WordsRule() {
    super("R18", Severity.WARNING);
  }

  @Override
  public void check(Subject s, Report r) {
    for (var e : s.tps().words().entrySet()) {
      String field = e.getKey();
      Long digits = digits(s, field);
      if (digits == null) {
        continue;
      }
      OptionalLong read = IndonesianNumbers.parse(e.getValue());
      if (read.isEmpty() || read.getAsLong() != digits) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, digits);
        values.put("words", e.getValue());
        r.fail(this, "rule.R18", values, field, n(digits), e.getValue());
      }
    }
  }

  private static Long digits(Subject s, String field) {
    for (AdminField f : AdminField.values()) {
      if (f.jsonKey().equals(field)) {
        return s.figures().admin(f);
      }
    }
    for (int i = 0; i < s.figures().cells(); i++) {
      if (VoteLabel.of(s.figures().keyAt(i)).equals(field)) {
        return s.figures().valueAt(i);
      }
    }
    return null;
  }
}
