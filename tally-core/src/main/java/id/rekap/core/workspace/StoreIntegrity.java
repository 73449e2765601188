package id.rekap.core.workspace;

import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.audit.StateSumBase;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integrity check of one open workspace's store (ADR 0028), wired by {@link Workspace}: the
 * check at opening, kept for the session, and the gate run afresh before adoption, signing and
 * package export.
 */
final class StoreIntegrity {
  private static final Logger LOG = LoggerFactory.getLogger(StoreIntegrity.class);

  private final Transactions tx;
  private final AuditLog audit;
  private final Database db;
  private volatile VerifyAudit.Result lastVerdict;

  StoreIntegrity(Transactions tx, AuditLog audit, Database db) {
    this.tx = tx;
    this.audit = audit;
    this.db = db;
  }

  VerifyAudit verifyAudit() {
    return new VerifyAudit(tx, audit, db.boundState());
  }

  /** See {@link Workspace#openingCheck()}. */
  VerifyAudit.Result openingCheck() {
    VerifyAudit.Result r = lastVerdict;
    if (r == null) {
      r = verifyAudit().opening();
      // a reading command writes nothing: the next writing one records the sum
      if (r.ok() && !r.summed() && !db.reading()) {
        rebase(r.head());
      }
      lastVerdict = r;
    }
    return r;
  }

  private void rebase(AuditHead verified) {
    try {
      new StateSumBase(tx, audit, db.boundState()).run(verified);
    } catch (RuntimeException e) {
      // a store that cannot be written now (read-only, full disk) is checked in full again next
      // time; the verdict just reached stands
      LOG.warn("state sum base not written: {}", e.getMessage());
    }
  }

  /** See {@link Workspace#integrityGate()}. */
  IntegrityGate gate() {
    return () -> {
      VerifyAudit.Result r = verifyAudit().run();
      lastVerdict = r;
      if (!r.ok()) {
        throw RekapException.state("integrity.error.refused");
      }
    };
  }
}
