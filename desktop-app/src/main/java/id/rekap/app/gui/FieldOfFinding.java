package id.rekap.app.gui;

import id.rekap.core.check.Finding;
import id.rekap.core.result.FieldLabels;
import java.util.Optional;

/**
 * The form field a finding is about, to put the cursor there: the first of its compared values that
 * names a field of the form ({@code valid}, {@code choices.2}); null when none does.
 */
public final class FieldOfFinding {
  private FieldOfFinding() {}

  public static String of(Finding f) {
    Object named = f.values().get("field");
    if (named instanceof String s && isField(s)) {
      return s;
    }
    for (String key : f.values().keySet()) {
      if (isField(key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean isField(String label) {
    return FieldLabels.admin(label).isPresent()
        || Optional.of(label).flatMap(FieldLabels::vote).isPresent();
  }
}
