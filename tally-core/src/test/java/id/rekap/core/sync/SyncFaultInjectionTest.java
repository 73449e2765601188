package id.rekap.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.Workspaces;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, acceptance 2: whatever the link and the processes do (receiver down, connection reset
 * mid-upload, slow link, duplicated delivery, receiver restart, sender killed between send and
 * receipt), after recovery every package is delivered exactly once, in order, none lost. A few
 * seeded runs in every build; {@code -Dgroups=slow} runs a hundred.
 */
class SyncFaultInjectionTest {
  static final int MAX_ROUNDS = 400;

  @TempDir Path dir;

  /** The sender "process" died: thrown by the transport, caught by the test, never by the code. */
  static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed", null, false, false);
    }
  }

  @Test
  void aFewRandomizedRunsDeliverEverythingExactlyOnceInOrder() throws IOException {
    for (int run = 0; run < 4; run++) {
      oneRun(run);
    }
  }

  @Tag("slow")
  @Test
  void aHundredRandomizedRunsDeliverEverythingExactlyOnceInOrder() throws IOException {
    for (int run = 0; run < 100; run++) {
      oneRun(1000 + run);
    }
  }

  /** The receiver refuses the package: settled as refused, with its reason in the event. */
  @Test
  void aRefusedPackageIsSettledWithItsReasonInTheAuditLog() throws IOException {
    try (SyncRig rig =
        new SyncRig(dir.resolve("refused"), 1, new Random(7), SyncReceiver.Limits.standard())) {
      rig.link.plan(() -> new FaultyLink.Plan(FaultyLink.Fault.NONE, 0));
      String sha = rig.sequences.keySet().iterator().next();
      // the receiver's inbox no longer knows it: "not a Rekap package"
      rig.sequences.remove(sha);
      rig.sync().sender(Workspaces.CLERK, rig.transport()).runOnce();
      assertThat(rig.sync().outbox().getFirst().status()).isEqualTo(OutboxStatus.REFUSED);
      assertThat(AuditEvents.last(rig.ws, AuditAction.SYNC_REFUSED, "user:petugas"))
          .isEqualTo(
              AuditEvents.tree(
                  Map.of("sequence", 1, "sha256", sha, "result", "bukan paket rekap")));
    }
  }

  private void oneRun(long seed) throws IOException {
    Random random = new Random(seed);
    try (SyncRig rig =
        new SyncRig(
            dir.resolve("run-" + seed),
            2 + random.nextInt(4),
            random,
            SyncReceiver.Limits.standard())) {
      rig.link.plan(() -> plan(random));
      boolean receiverUp = true;
      int downRounds = 0;
      int rounds = 0;
      boolean done = false;
      while (!done && rounds++ < MAX_ROUNDS) {
        if (receiverUp && chance(random, 0.08)) {
          rig.stopReceiver();
          receiverUp = false;
          downRounds = 1 + nextInt(random, 3);
        } else if (!receiverUp && --downRounds <= 0) {
          rig.startReceiver();
          receiverUp = true;
        }
        var sender = rig.sync().sender(Workspaces.CLERK, faulty(rig, random));
        try {
          done = sender.runOnce().done() && receiverUp;
        } catch (Killed k) {
          // the process is gone; the next round is a new process on the same workspace
        }
        rig.clock.advance(Duration.ofMinutes(10));
      }
      if (!receiverUp) {
        rig.startReceiver();
      }
      rig.link.plan(() -> new FaultyLink.Plan(FaultyLink.Fault.NONE, 0));
      var last = rig.sync().sender(Workspaces.CLERK, rig.transport()).runOnce();
      assertThat(last.done()).as("seed %d: %s %s", seed, last, rig.sync().outbox()).isTrue();

      List<String> inOrder = new ArrayList<>(rig.sequences.keySet());
      assertThat(rig.inbox.imported())
          .as("seed %d: imported once each, in order", seed)
          .containsExactlyElementsOf(inOrder);
      assertThat(rig.sync().outbox())
          .as("seed %d", seed)
          .allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxStatus.DELIVERED))
          .allSatisfy(e -> assertThat(e.receipt()).isNotNull());
    }
  }

  private static FaultyLink.Plan plan(Random random) {
    synchronized (random) {
      double p = random.nextDouble();
      if (p < 0.10) {
        return new FaultyLink.Plan(FaultyLink.Fault.REFUSE, 0);
      }
      if (p < 0.30) {
        return new FaultyLink.Plan(FaultyLink.Fault.RESET_UPLOAD, random.nextInt(220_000));
      }
      if (p < 0.40) {
        return new FaultyLink.Plan(FaultyLink.Fault.SLOW, 0);
      }
      return new FaultyLink.Plan(FaultyLink.Fault.NONE, 0);
    }
  }

  /** The real HTTPS transport, with the sender-side faults: a lost answer, a copy, a kill. */
  private static Transport faulty(SyncRig rig, Random random) {
    Transport real = rig.transport();
    return (upstream, content) -> {
      if (chance(random, 0.05)) {
        throw new Killed(); // killed before sending
      }
      Transport.Response response = real.post(upstream, content);
      if (chance(random, 0.10)) {
        response = real.post(upstream, content); // a duplicated delivery
      }
      if (chance(random, 0.10)) {
        throw new IOException("answer lost on the way back");
      }
      if (chance(random, 0.08)) {
        throw new Killed(); // killed between send and receipt
      }
      return response;
    };
  }

  private static boolean chance(Random random, double p) {
    synchronized (random) {
      return random.nextDouble() < p;
    }
  }

  private static int nextInt(Random random, int bound) {
    synchronized (random) {
      return random.nextInt(bound);
    }
  }
}
