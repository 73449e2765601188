package id.rekap.core.plenary;

import id.rekap.core.adoption.AdoptionLifter;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.FieldDiff;
import id.rekap.core.recap.Adoption;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.Sha256;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: correct the adopted values of a TPS in the plenary. A correction names the fields and
 * new values, the reason, the evidence and who proposed it, and is approved by the chair; it
 * becomes the TPS's {@code correction} result (first in precedence), and every old value stays in
 * the correction history and the other sources.
 */
public final class Corrections {
  private final Transactions tx;
  private final ResultRepository results;
  private final PlenaryRepository plenary;
  private final AuditLog audit;
  private final Clock clock;
  private final AdoptionLifter lifter;

  public Corrections(
      Transactions tx,
      ResultRepository results,
      PlenaryRepository plenary,
      AuditLog audit,
      Clock clock) {
    this(tx, results, plenary, audit, clock, AdoptionLifter.NONE);
  }

  /**
   * @param lifter lifts the adoptions whose numbers a correction changed (issue 13: a form is
   *     OFFICIAL only while its numbers are the adopted ones)
   */
  public Corrections(
      Transactions tx,
      ResultRepository results,
      PlenaryRepository plenary,
      AuditLog audit,
      Clock clock,
      AdoptionLifter lifter) {
    this.tx = tx;
    this.results = results;
    this.plenary = plenary;
    this.audit = audit;
    this.clock = clock;
    this.lifter = lifter;
  }

  /** The request: what changes, why, on what evidence, proposed by whom. */
  public record Request(
      TpsCode tps,
      ContestCode contest,
      Map<String, Integer> changes,
      String reason,
      Evidence evidence,
      String proposedBy) {}

  public TpsResult correct(User chair, Request request) {
    Users.require(chair, Role.CHAIR);
    if (request.reason() == null || request.reason().isBlank()) {
      throw RekapException.badInput("correction.error.reason");
    }
    if (request.evidence() == null) {
      throw RekapException.badInput("correction.error.evidence");
    }
    if (request.proposedBy() == null || request.proposedBy().isBlank()) {
      throw RekapException.badInput("correction.error.proposer");
    }
    if (request.changes().isEmpty()) {
      throw RekapException.badInput("correction.error.nothing");
    }
    return tx.inTransaction(
        () -> {
          TpsResult current = current(request.tps(), request.contest());
          Map<Integer, Integer> votes = current.votes().asMap();
          for (var e : request.changes().entrySet()) {
            boolean known =
                FieldLabels.admin(e.getKey()).isPresent()
                    || FieldLabels.vote(e.getKey()).filter(votes::containsKey).isPresent();
            if (!known) {
              throw RekapException.badInput(
                  "entry.error.field", e.getKey(), request.tps(), request.contest());
            }
            if (e.getValue() != null && (e.getValue() < 0 || e.getValue() > 99_999)) {
              throw RekapException.badInput("entry.error.value", e.getKey(), e.getValue());
            }
          }
          TpsResult base =
              new TpsResult(
                  current.tps(),
                  current.contest(),
                  Source.CORRECTION,
                  current.dapil(),
                  current.admin(),
                  current.votes());
          TpsResult corrected = FieldDiff.with(base, request.changes());
          String now = clock.instant().toString();
          String digest = corrected.digest();
          results.putAll(
              List.of(
                  new ResultRepository.Put(
                      corrected, digest, new Origin("correction", Sha256.hex(digest), null), now)));
          Map<String, Object> fields = new LinkedHashMap<>();
          for (var e : request.changes().entrySet()) {
            Integer old = valueOf(current, e.getKey());
            plenary.insert(
                new PlenaryRepository.CorrectionRow(
                    plenary.nextCorrectionId(),
                    request.tps().value(),
                    request.contest(),
                    e.getKey(),
                    old,
                    e.getValue(),
                    request.reason().strip(),
                    request.evidence(),
                    request.proposedBy().strip(),
                    chair.name(),
                    now));
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("old", old);
            change.put("new", e.getValue());
            fields.put(e.getKey(), change);
          }
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("tps", request.tps().value());
          payload.put("contest", request.contest().id());
          payload.put("fields", fields);
          payload.put("reason", request.reason().strip());
          payload.put("evidence", request.evidence().id());
          payload.put("proposedBy", request.proposedBy().strip());
          payload.put("replaces", current.source().id());
          payload.put("digest", digest);
          audit.append(chair.actor(), AuditAction.CORRECTION_APPLY, payload);
          lifter.liftWhereChanged(
              chair.actor(),
              request.contest(),
              request.tps().value(),
              "koreksi TPS " + request.tps().dotted() + ": " + request.reason().strip());
          return corrected;
        });
  }

  /** Every field ever corrected at a TPS, oldest first. */
  public List<PlenaryRepository.CorrectionRow> history(TpsCode tps, ContestCode contest) {
    return tx.inTransaction(() -> plenary.corrections(tps.value(), contest));
  }

  private TpsResult current(TpsCode tps, ContestCode contest) {
    Adoption adoption = new Adoption();
    results.of(tps, contest).forEach(adoption::offer);
    return adoption.adopted().stream()
        .findFirst()
        .orElseThrow(() -> RekapException.badInput("correction.error.noResult", tps, contest));
  }

  private static Integer valueOf(TpsResult r, String label) {
    var f = FieldLabels.admin(label);
    if (f.isPresent()) {
      AdminField field = f.get();
      return r.admin().get(field);
    }
    return r.votes().get(FieldLabels.vote(label).orElseThrow());
  }
}
