package id.rekap.core.audit;

import id.rekap.core.common.MessageRef;
import id.rekap.core.common.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Query: recompute the whole chain, compare it with the recorded head, and check the stored state
 * against it: every bound row must be exactly as the last event that wrote it recorded ({@link
 * #run()}, {@code audit verify}); or, when a workspace opens, the same chain and checkpoints with
 * one state sum in place of the row-by-row replay ({@link #opening()}, ADR 0028).
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
   * message with its event numbers (empty when the chain is intact), and every row changed, added
   * or removed outside Rekap.
   *
   * @param boundRows how many row writes the chain records (0 when the state was compared by its
   *     sum alone)
   * @param summed whether the state was compared by the head event's state sum (the opening check)
   *     rather than row by row; a summed result is always an intact one
   */
  public record Result(
      long events,
      String headHash,
      Optional<MessageRef> problem,
      List<StateDifference> differences,
      long boundRows,
      List<CheckpointCheck.Checked> checkpoints,
      boolean summed) {
    public Result {
      differences = List.copyOf(differences);
      checkpoints = List.copyOf(checkpoints);
    }

    /** The head the check verified. */
    public AuditHead head() {
      return new AuditHead(events, headHash);
    }

    public boolean ok() {
      return problem.isEmpty()
          && differences.isEmpty()
          && checkpoints.stream().allMatch(CheckpointCheck.Checked::ok);
    }
  }

  /**
   * The opening check (issue 13 §2, ADR 0028): the whole chain and every signed checkpoint, and the
   * state sum the head event carries against the sum of every bound row stored now, with no map of
   * replayed rows. When anything differs, or the chain carries no sum at its head (a workspace made
   * before ADR 0028), the full {@link #run()} decides and names each row.
   */
  public Result opening() {
    return summed().orElseGet(this::run);
  }

  private Optional<Result> summed() {
    CompletableFuture<String> stored =
        CompletableFuture.supplyAsync(() -> tx.reading(state::sum), VerifyAudit::daemon);
    // reading, not a write transaction: on a server store a write transaction takes the workspace
    // lock, which the second thread's read would then wait for (ADR 0033)
    return tx.reading(
        () -> {
          AuditChain.Verifier verifier = new AuditChain.Verifier();
          CheckpointCheck checkpoints = new CheckpointCheck();
          AuditEvent[] last = new AuditEvent[1];
          log.forEach(
              e -> {
                verifier.accept(e);
                checkpoints.accept(e);
                last[0] = e;
              });
          Optional<MessageRef> problem = verifier.finish(log.head());
          String sum = stored.join();
          boolean intact =
              problem.isEmpty()
                  && last[0] != null
                  && checkpoints.checked().stream().allMatch(CheckpointCheck.Checked::ok)
                  && StateReplay.sum(last[0].payload()).filter(sum::equals).isPresent();
          return intact
              ? Optional.of(
                  new Result(
                      verifier.head().seq(),
                      verifier.head().hash(),
                      problem,
                      List.of(),
                      0,
                      checkpoints.checked(),
                      true))
              : Optional.empty();
        });
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
    CompletableFuture<Map<String, Map<String, String>>> stored =
        parallel
            ? CompletableFuture.supplyAsync(() -> tx.reading(state::current), VerifyAudit::daemon)
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
          Optional<MessageRef> problem = verifier.finish(log.head());
          var current = stored == null ? state.current() : stored.join();
          List<StateDifference> differences = replay.differences(current);
          return new Result(
              verifier.head().seq(),
              verifier.head().hash(),
              problem,
              differences,
              replay.boundRows(),
              checkpoints.checked(),
              false);
        });
  }

  private static void daemon(Runnable work) {
    Thread t = new Thread(work, "rekap-integrity-check");
    t.setDaemon(true);
    t.start();
  }
}
