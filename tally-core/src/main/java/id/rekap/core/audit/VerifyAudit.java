package id.rekap.core.audit;

import id.rekap.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * Query: recompute the whole chain, compare it with the recorded head, and check the stored state
 * against it: every bound row must be exactly as the last event that wrote it recorded.
 */
public final class VerifyAudit {
  private final Transactions tx;
  private final AuditLog log;
  private final BoundState state;

  public VerifyAudit(Transactions tx, AuditLog log, BoundState state) {
    this.tx = tx;
    this.log = log;
    this.state = state;
  }

  /**
   * The outcome: the number of valid events, the head hash, the first problem of the chain as a
   * message key with its numbers separated by {@code |} (empty when the chain is intact), and every
   * row changed, added or removed outside Rekap.
   *
   * @param boundRows how many row writes the chain records
   */
  public record Result(
      long events,
      String headHash,
      Optional<String> problem,
      List<StateDifference> differences,
      long boundRows,
      List<CheckpointCheck.Checked> checkpoints) {
    public Result {
      differences = List.copyOf(differences);
      checkpoints = List.copyOf(checkpoints);
    }

    public boolean ok() {
      return problem.isEmpty()
          && differences.isEmpty()
          && checkpoints.stream().allMatch(CheckpointCheck.Checked::ok);
    }
  }

  public Result run() {
    return tx.inTransaction(
        () -> {
          AuditChain.Verifier verifier = new AuditChain.Verifier();
          StateReplay replay = new StateReplay();
          CheckpointCheck checkpoints = new CheckpointCheck();
          // the state is replayed from every event, even past a broken link, so that the rows an
          // altered or deleted event wrote are named too
          log.forEach(
              e -> {
                verifier.accept(e);
                replay.accept(e);
                checkpoints.accept(e);
              });
          Optional<String> problem = verifier.finish(log.head());
          List<StateDifference> differences = replay.differences(state.current());
          return new Result(
              verifier.head().seq(),
              verifier.head().hash(),
              problem,
              differences,
              replay.boundRows(),
              checkpoints.checked());
        });
  }
}
