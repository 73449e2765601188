package id.rekap.core.exchange;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Use case, at kab/kota level: the chair withdraws a kecamatan's package in force, with a reason (a
 * package sent by mistake, or numbered so far ahead that it would block the kecamatan's next ones).
 * The package stays listed as withdrawn with who, when and why; its figures leave the recap until
 * the kecamatan sends a new package, whose sequence must be higher than those of its packages not
 * withdrawn. Refused once the kecamatan (or a part of it, or the kabupaten) is adopted, like an
 * import.
 */
public final class WithdrawPackage {
  static final int MAX_REASON = 2000;

  private final Transactions tx;
  private final PackageInRepository packages;
  private final ResultRepository results;
  private final AdoptionRepository adoptions;
  private final AuditLog audit;
  private final WorkspaceInfo info;
  private final Clock clock;

  public WithdrawPackage(
      Transactions tx,
      PackageInRepository packages,
      ResultRepository results,
      AdoptionRepository adoptions,
      AuditLog audit,
      WorkspaceInfo info,
      Clock clock) {
    this.tx = tx;
    this.packages = packages;
    this.results = results;
    this.adoptions = adoptions;
    this.audit = audit;
    this.info = info;
    this.clock = clock;
  }

  /** Withdraws the sender's package in force with this sequence number; returns it as stored. */
  public ReceivedPackage run(User chair, String senderRegion, int sequence, String reason) {
    Users.require(chair, Role.CHAIR);
    ImportPackage.refuseUnlessReceiver(info);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw RekapException.badInput("package.error.withdrawReason");
    }
    String region = senderRegion == null ? "" : senderRegion.replace(".", "").strip();
    return tx.inTransaction(
        () -> {
          ReceivedPackage current =
              packages
                  .current(region)
                  .filter(p -> p.sequence() == sequence)
                  .orElseThrow(
                      () ->
                          RekapException.badInput("package.error.withdrawNone", region, sequence));
          adoptions.all().stream()
              .filter(a -> a.code().startsWith(region) || region.startsWith(a.code()))
              .findFirst()
              .ifPresent(
                  a -> {
                    throw RekapException.badInput(
                        "package.error.adopted", current.fileName(), region, a.code(), a.contest());
                  });
          var withdrawal =
              new ReceivedPackage.Withdrawal(chair.name(), clock.instant().toString(), why);
          packages.markWithdrawn(current.id(), withdrawal);
          int rows = results.deleteUnder(region, Source.PACKAGE);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sender", region);
          payload.put("sequence", sequence);
          payload.put("sha256", current.sha256());
          payload.put("rows", rows);
          payload.put("reason", why);
          audit.append(chair.actor(), AuditAction.PACKAGE_WITHDRAW, payload);
          return packages.bySha256(current.sha256()).orElseThrow();
        });
  }
}
