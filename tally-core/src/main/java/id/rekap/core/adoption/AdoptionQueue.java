package id.rekap.core.adoption;

import id.rekap.core.check.CheckEngine;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query: the chair's queue. The places a plenary adopts one decision at a time: each desa of a PPK
 * (each kecamatan of a kab/kota), then the workspace's own region, with what is ready and what is
 * held. Reads once, writes nothing.
 */
final class AdoptionQueue {
  private final Ports p;

  AdoptionQueue(Ports ports) {
    this.p = ports;
  }

  List<QueueItem> run(ContestCode code) {
    Contest contest = p.contest(code);
    CheckEngine engine = p.checks().get();
    RegionCode root = p.tree().get().root();
    return p.tx()
        .inTransaction(
            () -> {
              Situation s = p.situation(contest, root.value(), engine);
              AdoptionPlanner planner = new AdoptionPlanner(s, Map.of());
              RegionLevel unitLevel = root.level().child().orElseThrow();
              List<QueueItem> out = new ArrayList<>();
              for (RegionCode unit : planner.regionsUnder(root, unitLevel)) {
                AdoptionPlan plan = planner.plan(unit.value(), AdoptionPlan.Scope.SWEEP);
                out.add(item(s, plan, plan));
              }
              if (!planner.tpsUnder(root).isEmpty()) {
                out.add(
                    item(
                        s,
                        planner.plan(root.value(), AdoptionPlan.Scope.CHILDREN),
                        planner.plan(root.value(), AdoptionPlan.Scope.SWEEP)));
              }
              return out;
            });
  }

  /**
   * @param decision the plan of the place's own decision (its state)
   * @param sweep the plan over every TPS beneath (its counts)
   */
  private static QueueItem item(Situation s, AdoptionPlan decision, AdoptionPlan sweep) {
    PlanItem place = decision.placeItem();
    QueueItem.State state;
    if (place.status() == PlanItem.Status.ALREADY) {
      state = QueueItem.State.ADOPTED;
    } else if (place.status() == PlanItem.Status.ADOPT) {
      state = QueueItem.State.READY;
    } else if (decision.partial()) {
      state = QueueItem.State.PARTIAL;
    } else {
      state = QueueItem.State.BLOCKED;
    }
    int conflicts =
        (int)
            sweep.leftOut().stream()
                .filter(
                    i ->
                        i.blocks().stream()
                            .anyMatch(
                                b ->
                                    b.reason() == Reason.PACKAGE_CONFLICT
                                        || b.reason() == Reason.PACKAGE_TOTALS))
                .count();
    int tps =
        sweep.tpsCount(PlanItem.Status.ADOPT)
            + sweep.tpsCount(PlanItem.Status.ALREADY)
            + sweep.tpsCount(PlanItem.Status.BLOCKED);
    return new QueueItem(
        place.code(),
        s.tree().nameOf(new RegionCode(place.code())),
        state,
        tps,
        sweep.tpsCount(PlanItem.Status.ALREADY),
        sweep.tpsCount(PlanItem.Status.ADOPT),
        sweep.tpsCount(PlanItem.Status.BLOCKED),
        conflicts,
        place.status() == PlanItem.Status.BLOCKED ? place.blocks() : List.of());
  }
}
