package id.rekap.core.workspace;

import id.rekap.core.adoption.Adoptions;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.TemplateImport;
import id.rekap.core.entry.WorkQueue;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenarySessions;
import id.rekap.core.report.Committee;
import id.rekap.core.revote.Revotes;
import java.util.function.Supplier;

/**
 * The use cases that take results in and decide on them in the plenary (the result import, keyed
 * entry and templates, re-votes, corrections, objections, sessions, adoption, the committee), wired
 * by {@link Workspace}, which hands them out.
 */
final class PlenaryWiring {
  private final Wiring w;
  private final Supplier<CheckEngine> checks;
  private final StoreIntegrity integrity;

  PlenaryWiring(Wiring w, Supplier<CheckEngine> checks, StoreIntegrity integrity) {
    this.w = w;
    this.checks = checks;
    this.integrity = integrity;
  }

  ImportResults importResults() {
    var db = w.db();
    return new ImportResults(
        w.tx(),
        db.results(),
        w.audit(),
        w.election(),
        w.tree(),
        w.clock(),
        db.adoptions(),
        revotes(),
        db.published());
  }

  Revotes revotes() {
    var db = w.db();
    return new Revotes(
        w.tx(),
        db.revotes(),
        db.results(),
        db.keyings(),
        db.adoptions(),
        w.audit(),
        w.election(),
        w.tree(),
        w.clock());
  }

  KeyedEntry entry() {
    var db = w.db();
    return new KeyedEntry(
        w.tx(),
        db.keyings(),
        db.keyedBy(),
        db.results(),
        db.adoptions(),
        w.audit(),
        w.election(),
        w.tree(),
        w.clock());
  }

  WorkQueue workQueue() {
    var db = w.db();
    return new WorkQueue(w.tx(), db.keyings(), db.results(), db.adoptions(), w.tree());
  }

  TemplateImport templateImport() {
    return new TemplateImport(w.tx(), entry(), w.audit(), w.election(), w.tree());
  }

  Corrections corrections() {
    var db = w.db();
    return new Corrections(
        w.tx(), db.results(), db.plenary(), w.audit(), w.clock(), adoptions()::liftWhereChanged);
  }

  Objections objections() {
    var db = w.db();
    return new Objections(
        w.tx(), db.plenary(), db.sessions(), w.audit(), w.election(), w.tree(), w.clock());
  }

  PlenarySessions sessions() {
    return new PlenarySessions(w.tx(), w.db().sessions(), w.audit(), w.election(), w.clock());
  }

  Committee committee() {
    return new Committee(w.tx(), w.db().committee(), w.audit());
  }

  Adoptions adoptions() {
    var db = w.db();
    return new Adoptions(
        w.tx(),
        db.adoptions(),
        db.decisions(),
        db.results(),
        db.keyedBy(),
        w.audit(),
        w.election(),
        w.tree(),
        checks,
        w.clock(),
        integrity.gate(),
        new OpenPlenaryBusiness(db.keyings(), db.plenary()));
  }
}
