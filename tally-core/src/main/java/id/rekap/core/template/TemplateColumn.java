package id.rekap.core.template;

import id.rekap.core.result.AdminField;

/**
 * One input column of a template: either a field of blocks I–III or V ({@code field} set) or a cell
 * of block IV ({@code voteKey}, a {@link id.rekap.core.result.VoteKey}). {@code id} is the machine
 * header (second header row), {@code label} the clerk's header (first row).
 */
public record TemplateColumn(String id, String label, AdminField field, int voteKey) {
  static TemplateColumn admin(AdminField field, String label) {
    return new TemplateColumn(field.jsonKey(), label, field, 0);
  }

  static TemplateColumn vote(String id, String label, int key) {
    return new TemplateColumn(id, label, null, key);
  }

  public boolean isVote() {
    return field == null;
  }
}
