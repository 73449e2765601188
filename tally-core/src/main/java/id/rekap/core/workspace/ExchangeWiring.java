package id.rekap.core.workspace;

import id.rekap.core.audit.Checkpoints;
import id.rekap.core.exchange.ExportPackage;
import id.rekap.core.exchange.ImportPackage;
import id.rekap.core.exchange.WithdrawPackage;
import id.rekap.core.sync.ReceivePackages;
import id.rekap.core.sync.Sync;
import id.rekap.core.trust.TrustList;

/**
 * The use cases of the package exchange between the levels (export, import, withdrawal, the HTTPS
 * receiver, the upward sync, the trust list), wired by {@link Workspace}, which hands them out.
 */
final class ExchangeWiring {
  private final Wiring w;
  private final PlenaryWiring plenary;
  private final RecapWiring counting;
  private final StoreIntegrity integrity;

  ExchangeWiring(Wiring w, PlenaryWiring plenary, RecapWiring counting, StoreIntegrity integrity) {
    this.w = w;
    this.plenary = plenary;
    this.counting = counting;
    this.integrity = integrity;
  }

  ExportPackage exportPackage() {
    var db = w.db();
    return new ExportPackage(
        w.tx(),
        db.results(),
        db.plenary(),
        db.adoptions(),
        db.packagesOut(),
        w.audit(),
        w.election(),
        w.info(),
        counting.recap(),
        () -> counting.check().run(),
        counting::reports,
        w.clock(),
        integrity.gate(),
        checkpoints());
  }

  TrustList trust() {
    return new TrustList(w.tx(), w.db().trust(), w.audit(), w.clock());
  }

  ImportPackage importPackage() {
    TrustList trust = trust();
    return new ImportPackage(
        w.tx(),
        w.db().results(),
        w.db().packagesIn(),
        plenary.adoptions()::liftWhereChanged,
        w.audit(),
        w.election(),
        w.info(),
        w.tree(),
        trust::certificates,
        w.clock());
  }

  WithdrawPackage withdrawPackage() {
    var db = w.db();
    return new WithdrawPackage(
        w.tx(), db.packagesIn(), db.results(), db.adoptions(), w.audit(), w.info(), w.clock());
  }

  ReceivePackages receivePackages() {
    return new ReceivePackages(
        w.tx(), w.audit(), importPackage(), w.info().region().value(), w.clock());
  }

  Sync sync() {
    return new Sync(w.tx(), w.db().sync(), w.audit(), w.clock());
  }

  Checkpoints checkpoints() {
    return new Checkpoints(w.tx(), w.audit(), w.clock());
  }
}
