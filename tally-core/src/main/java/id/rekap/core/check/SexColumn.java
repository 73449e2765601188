package id.rekap.core.check;

import id.rekap.core.result.AdminField;

/** The column label of a field on the form: L, P or L+P. */
final class SexColumn {
  private SexColumn() {}

  static String of(AdminField field) {
    String name = field.name();
    if (name.endsWith("_L")) {
      return "L";
    }
    if (name.endsWith("_P")) {
      return "P";
    }
    return "L+P";
  }
}
