package id.rekap.core.adoption;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.KeyedByRepository;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the adoption use cases work with, wired once by the workspace. */
record Ports(
    Transactions tx,
    AdoptionRepository adoptions,
    DecisionRepository decisions,
    ResultRepository results,
    // who keyed and who settled each counted form: nobody adopts numbers they entered themselves
    KeyedByRepository keyedBy,
    AuditLog audit,
    ElectionDefinition election,
    Supplier<RegionTree> tree,
    Supplier<CheckEngine> checks,
    Clock clock,
    IntegrityGate gate,
    OpenBusiness open) {

  Contest contest(ContestCode code) {
    return election
        .contest(code)
        .orElseThrow(() -> RekapException.badInput("entry.error.contest", code));
  }

  /**
   * Reads, inside the caller's transaction, everything a decision on the place looks at: the
   * results under it (every source), the contest's adoptions and rulings, what is still open; the
   * findings come from the given check.
   */
  Situation situation(Contest contest, String prefix, CheckEngine engine) {
    Map<TpsCode, Map<Source, TpsResult>> sources = new HashMap<>();
    results.forEachUnder(
        contest.code(),
        prefix,
        r -> sources.computeIfAbsent(r.tps(), t -> new EnumMap<>(Source.class)).put(r.source(), r));
    Map<String, AdoptionRepository.Adopted> adopted = new HashMap<>();
    for (var a : adoptions.all()) {
      if (a.contest() == contest.code()) {
        adopted.put(a.code(), a);
      }
    }
    ContestCode code = contest.code();
    return new Situation(
        contest,
        tree.get(),
        sources,
        results.storedAt(code, prefix),
        adopted,
        Rulings.newest(decisions.of(code)),
        open.pendingEntries(code),
        open.pendingObjections(code),
        at -> errorsAt(engine, code, at));
  }

  private static List<Finding> errorsAt(CheckEngine engine, ContestCode contest, String code) {
    return engine.findingsAt(code).stream()
        .filter(f -> f.contest() == contest && f.severity() == Severity.ERROR)
        .toList();
  }

  String now() {
    return clock.instant().toString();
  }
}
