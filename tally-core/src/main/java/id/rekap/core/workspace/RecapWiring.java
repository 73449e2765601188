package id.rekap.core.workspace;

import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.CheckWorkspace;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.check.SetRuleSeverity;
import id.rekap.core.exchange.ReceivedPackage;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.report.PlenaryRecords;
import id.rekap.core.report.Reports;
import id.rekap.core.status.WorkspaceStatus;
import java.time.Instant;
import java.util.List;

/**
 * The use cases that count and check what is stored and print it (the recap, the checks, the
 * status, the official forms), wired by {@link Workspace}, which hands them out.
 */
final class RecapWiring {
  private final Wiring w;
  private final PlenaryWiring plenary;

  RecapWiring(Wiring w, PlenaryWiring plenary) {
    this.w = w;
    this.plenary = plenary;
  }

  ComputeRecap recap() {
    return new ComputeRecap(w.tx(), w.db().results(), w.election(), w.tree());
  }

  CheckWorkspace check() {
    var published = w.db().published();
    return new CheckWorkspace(
        w.tx(),
        w.db().results(),
        w.db().ruleSettings(),
        w.election(),
        w.tree(),
        this::packageDiscrepancies,
        () -> w.tx().inTransaction(published::all));
  }

  /** The R22 discrepancies of the packages in force (a superseded package's no longer count). */
  private List<PackageDiscrepancy> packageDiscrepancies() {
    return w.tx().inTransaction(() -> w.db().packagesIn().all()).stream()
        .filter(ReceivedPackage::current)
        .flatMap(p -> p.discrepancies().stream())
        .toList();
  }

  SetRuleSeverity setRuleSeverity() {
    return new SetRuleSeverity(w.tx(), w.db().ruleSettings(), w.audit());
  }

  WorkspaceStatus status() {
    return new WorkspaceStatus(
        w.tx(), w.db().results(), w.election(), w.tree(), () -> check().run());
  }

  WorkspaceStatus status(CheckEngine checked) {
    return new WorkspaceStatus(w.tx(), w.db().results(), w.election(), w.tree(), () -> checked);
  }

  Reports reports() {
    var adoptions = plenary.adoptions();
    var objections = plenary.objections();
    var committee = plenary.committee();
    var sessions = plenary.sessions();
    var revotes = plenary.revotes();
    var tx = w.tx();
    return new Reports(
        recap(),
        w.election(),
        w.tree(),
        new PlenaryRecords(
            adoptions::isAdopted,
            objections::list,
            committee::members,
            sessions::list,
            (c, code) ->
                tx.inTransaction(() -> w.db().adoptions().find(c, code))
                    .map(a -> Instant.parse(a.at())),
            // once per contest and query object (Reports keeps them), however many forms
            c -> check().run(c).findings(),
            revotes::under),
        (contest, code) ->
            FormStamps.of(adoptions.stamp(contest, code), tx.inTransaction(w.audit()::head)));
  }
}
