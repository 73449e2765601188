package id.rekap.core.sync;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.exchange.ImportPackage;
import id.rekap.core.exchange.TrustedSenderRefusal;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TlsContexts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Use case, at kab/kota or province level: receive the packages of the level below over HTTPS (ADR
 * 0020, ADR 0044). A logged-in operator, verifier or chair starts the receiver; every upload goes
 * through the same verification and import as {@code rekap package import} in that user's name, is
 * answered with a receipt signed by the workspace key, and is recorded in the audit log: a stored
 * package's {@code sync.receive} event commits in the same transaction as the package, a trusted
 * sender's refused package is an event of its own, and the refusals only counted are one {@code
 * sync.receive.summary} event now and then.
 */
public final class ReceivePackages {
  private final Transactions tx;
  private final AuditLog audit;
  private final ImportPackage importer;
  private final String region;
  private final Clock clock;

  /**
   * @param importer the package import the deliveries go through
   * @param region this workspace's region code, written in every receipt
   */
  public ReceivePackages(
      Transactions tx, AuditLog audit, ImportPackage importer, String region, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.importer = importer;
    this.region = region;
    this.clock = clock;
  }

  /** Starts the receiver on {@code address} for {@code by}, with the workspace key {@code key}. */
  public SyncReceiver start(
      User by, SigningKey key, InetSocketAddress address, SyncReceiver.Limits limits)
      throws IOException {
    return start(by, key, address, limits, delivery -> {});
  }

  /**
   * The same receiver, telling {@code listener} of every delivery once it is stored or refused (on
   * the receiver's thread), so that a window can show it at once.
   */
  public SyncReceiver start(
      User by,
      SigningKey key,
      InetSocketAddress address,
      SyncReceiver.Limits limits,
      Consumer<PackageInbox.Delivery> listener)
      throws IOException {
    Users.require(by, Role.OPERATOR);
    return SyncReceiver.start(
        address,
        TlsContexts.server(key),
        limits,
        inbox(by, listener),
        json -> CmsSignature.sign(json, key, clock),
        region,
        clock);
  }

  /**
   * Where the deliveries of {@code by}'s receiver go, telling {@code listener} of each: what a
   * delivery does to the store and the audit log, without the network. The receiver hands it one
   * delivery at a time.
   */
  public PackageInbox inbox(User by, Consumer<PackageInbox.Delivery> listener) {
    Users.require(by, Role.OPERATOR);
    return new PackageInbox() {
      @Override
      public Delivery receive(String remote, Path content, String sha256) {
        Delivery delivery = ReceivePackages.this.receive(by, remote, content, sha256);
        listener.accept(delivery);
        return delivery;
      }

      @Override
      public void refusalsCounted(Instant from, Instant to, Map<String, Long> counts) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", from.toString());
        payload.put("to", to.toString());
        payload.put("counts", new TreeMap<>(counts));
        tx.run(() -> audit.append(by.actor(), AuditAction.SYNC_RECEIVE_SUMMARY, payload));
      }
    };
  }

  private PackageInbox.Delivery receive(User by, String remote, Path content, String sha) {
    try {
      ImportPackage.Outcome o =
          importer.run(
              by,
              content,
              "terima-" + sha.substring(0, 12) + ".rekap",
              // in the transaction that stores the package: both commit, or neither
              stored -> record(by, remote, sha, delivered(stored)));
      return delivered(o);
    } catch (RekapException e) {
      // a refusal the sender must hear about, in the clerk's words; nothing was stored. It is
      // an audit event of its own only when a sender on the trust list signed the package.
      var refused =
          new PackageInbox.Delivery(
              PackageInbox.Result.REFUSED,
              0,
              "",
              e.localized(Messages.INDONESIAN),
              e instanceof TrustedSenderRefusal);
      if (refused.audited()) {
        tx.run(() -> record(by, remote, sha, refused));
      }
      return refused;
    }
  }

  private static PackageInbox.Delivery delivered(ImportPackage.Outcome o) {
    var result =
        switch (o.status()) {
          case IMPORTED -> PackageInbox.Result.IMPORTED;
          case SUPERSEDED -> PackageInbox.Result.SUPERSEDED;
          case UNCHANGED -> PackageInbox.Result.UNCHANGED;
        };
    return new PackageInbox.Delivery(result, o.sequence(), o.senderRegion(), "");
  }

  /** The delivery's audit event, in the caller's transaction. */
  private void record(User by, String remote, String sha, PackageInbox.Delivery d) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("from", remote);
    payload.put("sha256", sha);
    payload.put("sender", d.sender());
    payload.put("sequence", d.sequence());
    payload.put("result", d.result().id());
    payload.put("reason", d.reason());
    audit.append(by.actor(), AuditAction.SYNC_RECEIVE, payload);
  }
}
