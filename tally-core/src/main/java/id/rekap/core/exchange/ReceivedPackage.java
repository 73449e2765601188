package id.rekap.core.exchange;

import id.rekap.core.check.PackageDiscrepancy;
import java.util.List;

/**
 * A package received from the level below, as stored: the file's digest, the sender and its
 * sequence number and reason, the verification result (signer, trust anchor, signing time), the
 * discrepancies found (R22), and who imported it when. {@code supersededBy} is set once a later
 * package of the same sender replaced it; {@code withdrawal} once the chair withdrew it.
 */
public record ReceivedPackage(
    long id,
    String sha256,
    String fileName,
    String senderLevel,
    String senderRegion,
    String senderName,
    int sequence,
    String reason,
    String createdAt,
    String signedAt,
    String signerSubject,
    String signerFingerprint,
    String trustedVia,
    Long auditHeadSeq,
    String auditHeadHash,
    int rowCount,
    List<PackageDiscrepancy> discrepancies,
    String importedBy,
    String importedAt,
    Long supersededBy,
    Withdrawal withdrawal) {

  /** Who withdrew the package, when and why. */
  public record Withdrawal(String by, String at, String reason) {}

  public ReceivedPackage {
    discrepancies = List.copyOf(discrepancies);
  }

  /** In force: neither replaced by a later package nor withdrawn. */
  public boolean current() {
    return supersededBy == null && withdrawal == null;
  }

  public boolean withdrawn() {
    return withdrawal != null;
  }
}
