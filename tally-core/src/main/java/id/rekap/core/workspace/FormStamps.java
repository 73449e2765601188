package id.rekap.core.workspace;

import id.rekap.core.adoption.AdoptionStamp;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.report.FormStamp;

/** A form's stamp from where its adoption stands and the audit head now (for the reports). */
final class FormStamps {
  private FormStamps() {}

  static FormStamp of(AdoptionStamp a, AuditHead head) {
    var kind =
        switch (a.state()) {
          case NONE -> FormStamp.Kind.NONE;
          case OFFICIAL -> FormStamp.Kind.OFFICIAL;
          case LIFTED -> FormStamp.Kind.LIFTED;
          case CHANGED -> FormStamp.Kind.CHANGED;
          case UNVERIFIED -> FormStamp.Kind.UNVERIFIED;
        };
    return new FormStamp(
        kind,
        a.digest(),
        a.adoptedAt(),
        a.liftedAt(),
        a.liftedReason(),
        head.seq() + ":" + head.hash());
  }
}
