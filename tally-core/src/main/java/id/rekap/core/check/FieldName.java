package id.rekap.core.check;

import id.rekap.core.result.AdminField;

/** Message-bundle keys naming a form field ({@code field.dpt} = "DPT"...), as message arguments. */
final class FieldName {
  private FieldName() {}

  /** A message argument that the bundle resolves to the field's name in the user's language. */
  static Object key(AdminField field) {
    return new id.rekap.core.common.MessageRef("field." + field.jsonKey());
  }
}
