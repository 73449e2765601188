package id.rekap.core.audit;

import id.rekap.core.common.Transactions;
import java.util.Optional;

/** Query: recompute the whole chain and compare it with the recorded head. */
public final class VerifyAudit {
  private final Transactions tx;
  private final AuditLog log;

  public VerifyAudit(Transactions tx, AuditLog log) {
    this.tx = tx;
    this.log = log;
  }

  /**
   * The outcome: the number of valid events, the head hash, and the first problem as a message key
   * with its numbers separated by {@code |} (empty when the chain is intact).
   */
  public record Result(long events, String headHash, Optional<String> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  public Result run() {
    return tx.inTransaction(
        () -> {
          AuditChain.Verifier verifier = new AuditChain.Verifier();
          log.forEach(verifier::accept);
          Optional<String> problem = verifier.finish(log.head());
          return new Result(verifier.head().seq(), verifier.head().hash(), problem);
        });
  }
}
