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
    Result r = run(true);
    // a row written by a use case between the two reads looks changed: confirm once, in one pass
    return r.differences().isEmpty() ? r : run(false);
  }

  /**
   * @param parallel read the stored rows on a second thread while the chain is replayed (the two
   *     reads are about equal, so opening a large workspace takes half as long)
   */
  private Result run(boolean parallel) {
    java.util.concurrent.CompletableFuture<java.util.Map<String, java.util.Map<String, String>>>
        stored =
            parallel
                ? java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> tx.reading(state::current), VerifyAudit::daemon)
                : null;
    return tx.reading(
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
          var current = stored == null ? state.current() : stored.join();
          List<StateDifference> differences = replay.differences(current);
          return new Result(
              verifier.head().seq(),
              verifier.head().hash(),
              problem,
              differences,
              replay.boundRows(),
              checkpoints.checked());
        });
  }

  private static void daemon(Runnable work) {
    Thread t = new Thread(work, "rekap-integrity-check");
    t.setDaemon(true);
    t.start();
  }
}
