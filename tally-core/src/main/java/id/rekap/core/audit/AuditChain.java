package id.rekap.core.audit;

import id.rekap.core.common.MessageRef;
import id.rekap.signing.Sha256;
import java.util.Optional;

/** The hash chain of the audit log: how an event's hash is made and how a chain is checked. */
public final class AuditChain {
  /** The {@code prevHash} of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * SHA-256 over the event's fields, each on its own line after a version tag. Fields cannot
   * contain a line break that shifts this framing: actor and action are single-line, payload is
   * compact JSON (which escapes line breaks), and seq and at are fixed formats.
   */
  public static String hash(
      String prevHash, long seq, String at, String actor, String action, String payload) {
    String framed =
        "rekap-audit/1\n"
            + prevHash
            + "\n"
            + seq
            + "\n"
            + at
            + "\n"
            + actor
            + "\n"
            + action
            + "\n"
            + payload;
    return Sha256.hex(framed);
  }

  /** The event with its hash computed from the previous head. */
  public static AuditEvent next(
      AuditHead previous, String at, String actor, String action, String payload) {
    long seq = previous.seq() + 1;
    return new AuditEvent(
        seq,
        at,
        actor,
        action,
        payload,
        previous.hash(),
        hash(previous.hash(), seq, at, actor, action, payload));
  }

  /** Incremental verifier: feed events in seq order, then compare with the stored head. */
  public static final class Verifier {
    private AuditHead head;
    private MessageRef problem;

    /** A verifier of a whole chain, from the genesis. */
    public Verifier() {
      this(AuditHead.EMPTY);
    }

    /** A verifier of a part of a chain that continues from the given head. */
    public Verifier(AuditHead from) {
      this.head = from;
    }

    /** Checks the next event; returns false (and remembers why) at the first broken link. */
    public boolean accept(AuditEvent e) {
      if (problem != null) {
        return false;
      }
      if (e.seq() != head.seq() + 1) {
        return fail("audit.verify.gap", e.seq(), head.seq() + 1);
      }
      if (!e.prevHash().equals(head.hash())) {
        return fail("audit.verify.link", e.seq());
      }
      String expected = hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.payload());
      if (!expected.equals(e.hash())) {
        return fail("audit.verify.hash", e.seq());
      }
      head = new AuditHead(e.seq(), e.hash());
      return true;
    }

    /**
     * Final check against the head recorded beside the log (catches removal of the newest events).
     */
    public Optional<MessageRef> finish(AuditHead stored) {
      if (problem == null && !head.equals(stored)) {
        fail("audit.verify.head", stored.seq(), head.seq());
      }
      return Optional.ofNullable(problem);
    }

    public AuditHead head() {
      return head;
    }

    /** The first broken link, as a message with its event numbers. */
    public Optional<MessageRef> problem() {
      return Optional.ofNullable(problem);
    }

    private boolean fail(String key, Object... numbers) {
      problem = new MessageRef(key, numbers);
      return false;
    }
  }
}
