package id.rekap.core.audit;

/** The newest event's sequence number and hash; seq 0 is the empty log. */
public record AuditHead(long seq, String hash) {
  public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS);
}
