package id.rekap.core.report;

import id.rekap.core.audit.Checkpoints;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Use case: sign a form with the workspace key (issue 13). Refused on a store that fails the
 * integrity check; a DRAFT form is signed only when the caller acknowledges it is a DRAFT (the
 * signed content says DRAFT on every page); every signature signs the audit head into the chain
 * first.
 */
public final class SignForm {
  private final IntegrityGate gate;
  private final Checkpoints checkpoints;
  private final Clock clock;

  public SignForm(IntegrityGate gate, Checkpoints checkpoints, Clock clock) {
    this.gate = gate;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  /** Whether the form needs the signer's acknowledgement that it is a DRAFT. */
  public static boolean needsDraftAcknowledgement(FormDocument doc) {
    return doc.marking() == Marking.DRAFT;
  }

  /**
   * Writes the signed form.
   *
   * @param draftAcknowledged the signer confirmed signing a DRAFT
   * @return the file written
   */
  public Path write(
      Actor actor,
      FormDocument doc,
      ReportFile.Format format,
      Paper paper,
      Path target,
      SigningKey key,
      boolean draftAcknowledged) {
    if (needsDraftAcknowledgement(doc) && !draftAcknowledged) {
      throw RekapException.badInput("report.error.draft", doc.documentId(), doc.stampText());
    }
    gate.requireIntact();
    checkpoints.sign(actor, key, "report", doc.documentId() + " " + doc.marking().id());
    return ReportFile.writeSigned(doc, format, paper, target, key, clock);
  }
}
