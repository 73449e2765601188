package id.rekap.core.audit;

import id.rekap.core.common.Actor;
import id.rekap.core.common.Transactions;
import java.util.Map;

/**
 * Use case: writes a new state sum base into the chain (ADR 0028), after the full check found the
 * whole stored state exactly as the chain says. A workspace made before ADR 0028 gets its first
 * base this way at its first opening; so does one whose chain lost its running sum (an event
 * written by an older Rekap). The base is computed from the rows in the same transaction that holds
 * the head, and only when the head is still the one the full check verified: a row written in
 * between is never folded into a base unchecked.
 */
public final class StateSumBase {
  private final Transactions tx;
  private final AuditLog log;
  private final BoundState state;

  public StateSumBase(Transactions tx, AuditLog log, BoundState state) {
    this.tx = tx;
    this.log = log;
    this.state = state;
  }

  /**
   * Appends the base when the chain's head is still {@code verified}.
   *
   * @param verified the head an intact full check ended at
   * @return whether the base was appended
   */
  public boolean run(AuditHead verified) {
    return tx.inTransaction(
        () -> {
          if (!log.lockHead().equals(verified)) {
            return false;
          }
          log.appendStateSum(
              new Actor("rekap"),
              AuditAction.AUDIT_STATESUM,
              Map.of("verifiedSeq", verified.seq()),
              state.sum());
          return true;
        });
  }
}
