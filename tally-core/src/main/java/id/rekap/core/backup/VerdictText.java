package id.rekap.core.backup;

import id.rekap.core.audit.CheckpointCheck;
import id.rekap.core.audit.StateDifference;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.MessageList;
import id.rekap.core.common.MessageRef;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed verification of a store copy found, as one message argument in the clerk's
 * language: the chain's problem, each failing signed checkpoint, and the first rows that differ
 * from the chain (with how many more). A failure can be any of the three, not only a broken chain.
 */
final class VerdictText {
  /** Rows named one by one; the rest are counted. */
  static final int ROWS_NAMED = 3;

  private VerdictText() {}

  static MessageList of(VerifyAudit.Result failed) {
    List<MessageRef> items = new ArrayList<>();
    failed.problem().ifPresent(items::add);
    for (CheckpointCheck.Checked c : failed.checkpoints()) {
      c.problem().ifPresent(items::add);
    }
    List<StateDifference> rows = failed.differences();
    if (!rows.isEmpty()) {
      items.add(new MessageRef("audit.verify.stateBroken", rows.size()));
      rows.stream()
          .limit(ROWS_NAMED)
          .forEach(
              d ->
                  items.add(
                      new MessageRef("audit.verify.row." + d.kind().id(), d.table(), d.key())));
      if (rows.size() > ROWS_NAMED) {
        items.add(new MessageRef("audit.verify.more", rows.size() - ROWS_NAMED));
      }
    }
    return new MessageList(items, "; ");
  }
}
