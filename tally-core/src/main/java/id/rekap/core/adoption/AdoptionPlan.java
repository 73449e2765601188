package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one adoption decision on a place includes and leaves out: every TPS beneath it (when the
 * decision sweeps them), then the regions from the bottom up, the place itself last. Shown to the
 * chair before the decision and recorded with it.
 */
public record AdoptionPlan(ContestCode contest, String place, Scope scope, List<PlanItem> items) {

  /** How far down the decision reaches. */
  public enum Scope {
    /** One TPS. */
    TPS,
    /**
     * A desa, or at kab/kota level a kecamatan: every TPS beneath without anything blocking it, and
     * each region beneath once all of its TPS are in.
     */
    SWEEP,
    /**
     * The workspace's own region (the kecamatan of a PPK, the kabupaten/kota): over its children,
     * which must each be adopted already.
     */
    CHILDREN
  }

  public AdoptionPlan {
    items = List.copyOf(items);
  }

  /** The place itself (the last item). */
  public PlanItem placeItem() {
    return items.getLast();
  }

  /** Adopted by this decision, bottom up. */
  public List<PlanItem> adopting() {
    return items.stream().filter(i -> i.status() == PlanItem.Status.ADOPT).toList();
  }

  /** Adopted earlier with these numbers. */
  public List<PlanItem> already() {
    return items.stream().filter(i -> i.status() == PlanItem.Status.ALREADY).toList();
  }

  /** Left out, with the reasons. */
  public List<PlanItem> leftOut() {
    return items.stream().filter(i -> i.status() == PlanItem.Status.BLOCKED).toList();
  }

  /** Whether the place itself ends up adopted (by this decision or before). */
  public boolean complete() {
    return placeItem().status() != PlanItem.Status.BLOCKED;
  }

  /** Whether the decision adopts part of the place and leaves the rest (the place stays DRAFT). */
  public boolean partial() {
    return !complete() && !adopting().isEmpty();
  }

  public Optional<PlanItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** What it adopts: code → adoption digest, bottom up (the chair's confirmation names them). */
  public Map<String, String> adoptingDigests() {
    Map<String, String> out = new LinkedHashMap<>();
    adopting().forEach(i -> out.put(i.code(), i.digest()));
    return out;
  }

  /** TPS counts: beneath the place, adopted before, adopted now, left out. */
  public int tpsCount(PlanItem.Status status) {
    return (int) items.stream().filter(PlanItem::isTps).filter(i -> i.status() == status).count();
  }
}
