package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.template.TemplateLayout;
import java.math.BigDecimal;

/**
 * Judges one input cell: blank is null (not reported, which is not a written 0), a whole number
 * 0–999 is that count, anything else is refused with the file and the cell's address.
 */
final class CellValues {
  private CellValues() {}

  /**
   * Characters that make a spreadsheet treat a CSV cell as a formula (OWASP CSV injection): the
   * four of the issue plus tab and carriage return, which some programs strip before evaluating.
   */
  static boolean isFormulaLead(char c) {
    return id.rekap.core.common.Csv.isFormulaLead(c);
  }

  /** Refuses formulas and formula-like text in any cell, input or not. */
  static void refuseFormula(RawCell cell, Object file, Object address) {
    if (cell.kind() == RawCell.Kind.FORMULA) {
      throw RekapException.badInput("template.error.formula", file, address);
    }
    String t = cell.text();
    if (cell.kind() == RawCell.Kind.TEXT && !t.isEmpty()) {
      String s = t.strip();
      if (isFormulaLead(t.charAt(0)) || (!s.isEmpty() && isFormulaLead(s.charAt(0)))) {
        throw RekapException.badInput("template.error.injection", file, address, shorten(t));
      }
    }
  }

  /** The count in an input cell, or null when blank. */
  static Integer count(RawCell cell, Object file, Object address) {
    refuseFormula(cell, file, address);
    String t = cell.text().strip();
    switch (cell.kind()) {
      case TEXT -> {
        if (t.isEmpty()) {
          return null;
        }
        if (!t.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw notInteger(file, address, t);
        }
        // more than six digits is out of range anyway; do not let Integer.parseInt overflow
        return inRange(
            t.length() > 6 ? BigDecimal.valueOf(Long.MAX_VALUE) : new BigDecimal(t),
            file,
            address,
            t);
      }
      case NUMBER -> {
        BigDecimal d;
        try {
          d = new BigDecimal(t);
        } catch (NumberFormatException e) {
          throw notInteger(file, address, t);
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
          throw notInteger(file, address, t);
        }
        return inRange(d, file, address, t);
      }
      default -> throw notInteger(file, address, t);
    }
  }

  private static Integer inRange(BigDecimal d, Object file, Object address, String text) {
    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(TemplateLayout.MAX_COUNT)) > 0) {
      throw RekapException.badInput(
          "template.error.range", file, address, shorten(text), TemplateLayout.MAX_COUNT);
    }
    return d.intValueExact();
  }

  private static RekapException notInteger(Object file, Object address, String text) {
    return RekapException.badInput("template.error.notInteger", file, address, shorten(text));
  }

  /** A hostile cell can be megabytes long; a message shows only its start. */
  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
