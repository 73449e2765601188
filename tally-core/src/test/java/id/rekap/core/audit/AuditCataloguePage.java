package id.rekap.core.audit;

import id.rekap.core.common.Messages;
import java.util.Locale;

/** {@code docs/audit-actions.md}, written from the catalogue and its meanings in the bundles. */
final class AuditCataloguePage {
  private AuditCataloguePage() {}

  static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# The audit catalogue\n\n")
        .append("<!-- Generated from AuditAction and the message bundles by AuditCatalogueTest;")
        .append(" do not edit by hand. -->\n\n")
        .append("Every state change appends one event to the workspace's hash-chained audit log")
        .append(" (ADR 0014, ADR 0040).\n")
        .append("The table lists every action an event can record: the name it is stored and")
        .append(" hashed under (never\n")
        .append("changed, since existing chains replay it), the constant in `AuditAction`, and its")
        .append(" meaning in\n")
        .append("Indonesian and English as the message bundles give it.\n\n")
        .append("| Stored name | Constant | Arti | Meaning |\n")
        .append("|---|---|---|---|\n");
    for (AuditAction a : AuditAction.values()) {
      b.append("| `")
          .append(a.stored())
          .append("` | `")
          .append(a.name())
          .append("` | ")
          .append(Messages.get(Messages.INDONESIAN, a.meaningKey()))
          .append(" | ")
          .append(Messages.get(Locale.ENGLISH, a.meaningKey()))
          .append(" |\n");
    }
    return b.toString();
  }
}
