package id.rekap.core.sync;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.Json;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.signing.CmsSignature;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers the outbox to the upstream, in sequence order, one package at a time: a package is
 * marked SENDING before it leaves, and DELIVERED (or REFUSED) only when a receipt signed with the
 * pinned certificate names its SHA-256. Anything else (no link, a reset, a bad answer) leaves it
 * queued for a later attempt, with a growing pause, and stops the round so that no later package
 * overtakes it. Sending again is safe: the receiver answers "unchanged" to a copy.
 */
public final class SyncSender {
  static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

  private final Transactions tx;
  private final SyncRepository repository;
  private final AuditLog audit;
  private final Clock clock;
  private final Transport transport;
  private final Actor actor;

  SyncSender(
      Transactions tx,
      SyncRepository repository,
      AuditLog audit,
      Clock clock,
      Transport transport,
      Actor actor) {
    this.actor = actor;
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.transport = transport;
  }

  /** What one round did. */
  public record Round(
      List<Integer> delivered,
      List<Integer> refused,
      Optional<String> failure,
      Optional<Instant> nextAttempt,
      int pending) {
    public boolean done() {
      return pending == 0;
    }
  }

  /** One round over the queue; refuses to start with an expired or not yet valid pin. */
  public Round runOnce() {
    Upstream upstream =
        tx.inTransaction(repository::upstream)
            .orElseThrow(() -> RekapException.state("sync.error.noUpstream"));
    checkPin(upstream);
    List<Integer> delivered = new ArrayList<>();
    List<Integer> refused = new ArrayList<>();
    String failure = null;
    Instant next = null;
    for (OutboxEntry entry : tx.inTransaction(repository::outbox)) {
      if (!entry.status().pending()) {
        continue;
      }
      Instant now = clock.instant();
      if (entry.nextAttemptAt() != null && now.isBefore(entry.nextAttemptAt())) {
        next = entry.nextAttemptAt();
        break;
      }
      tx.run(
          () ->
              repository.update(
                  entry.sequence(),
                  OutboxStatus.SENDING,
                  entry.attempts(),
                  null,
                  entry.lastError(),
                  now));
      Outcome outcome;
      try {
        outcome = judge(entry, upstream, transport.post(upstream, entry.content()));
      } catch (IOException e) {
        outcome = Outcome.retry(describe(e));
      }
      if (outcome.status() == null) {
        failure = outcome.reason();
        next = retryLater(entry, outcome.reason());
        break;
      }
      settle(entry, outcome);
      (outcome.status() == OutboxStatus.DELIVERED ? delivered : refused).add(entry.sequence());
    }
    int pending =
        (int)
            tx.inTransaction(repository::outbox).stream().filter(e -> e.status().pending()).count();
    return new Round(
        delivered, refused, Optional.ofNullable(failure), Optional.ofNullable(next), pending);
  }

  private void checkPin(Upstream upstream) {
    try {
      upstream.certificate().checkValidity(java.util.Date.from(clock.instant()));
    } catch (CertificateExpiredException e) {
      throw RekapException.badInput(
          "sync.error.pinExpired", upstream.certificate().getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      throw RekapException.badInput(
          "sync.error.pinNotYetValid", upstream.certificate().getNotBefore().toInstant());
    }
  }

  /** A settled delivery (status DELIVERED or REFUSED), or a retry (status null) with why. */
  private record Outcome(OutboxStatus status, String reason, byte[] receipt, byte[] signature) {
    static Outcome retry(String why) {
      return new Outcome(null, why, null, null);
    }
  }

  private Outcome judge(OutboxEntry entry, Upstream upstream, Transport.Response response) {
    int status = response.status();
    if (status == 200 || status == 422) {
      return signedAnswer(entry, upstream, response.body());
    }
    if (status == 400 || status == 411 || status == 413) {
      // the receiver will never take these bytes; say so instead of retrying forever
      String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
      return new Outcome(OutboxStatus.REFUSED, "HTTP " + status + ": " + text, null, null);
    }
    return Outcome.retry(text("sync.retry.status", status));
  }

  private Outcome signedAnswer(OutboxEntry entry, Upstream upstream, byte[] body) {
    byte[] receipt;
    byte[] signature;
    try {
      var answer = Json.mapper().readTree(body);
      receipt = Base64.getDecoder().decode(answer.path("receipt").asText());
      signature = Base64.getDecoder().decode(answer.path("signature").asText());
    } catch (IOException | IllegalArgumentException e) {
      return Outcome.retry(text("sync.retry.receipt", "unreadable"));
    }
    var check = CmsSignature.verify(receipt, signature);
    if (!check.intact() || check.signer().isEmpty() || !samePin(check.signer().get(), upstream)) {
      return Outcome.retry(text("sync.retry.receipt", "signature"));
    }
    Optional<Receipt> parsed = Receipt.parse(receipt);
    if (parsed.isEmpty() || !parsed.get().packageSha256().equals(entry.sha256())) {
      return Outcome.retry(text("sync.retry.receipt", "other package"));
    }
    Receipt r = parsed.get();
    return r.result().accepted()
        ? new Outcome(OutboxStatus.DELIVERED, r.result().id(), receipt, signature)
        : new Outcome(OutboxStatus.REFUSED, r.reason(), receipt, signature);
  }

  private static boolean samePin(java.security.cert.X509Certificate signer, Upstream upstream) {
    try {
      return MessageDigest.isEqual(signer.getEncoded(), upstream.certificate().getEncoded());
    } catch (CertificateEncodingException e) {
      return false;
    }
  }

  private void settle(OutboxEntry entry, Outcome outcome) {
    Instant now = clock.instant();
    tx.run(
        () -> {
          boolean refused = outcome.status() == OutboxStatus.REFUSED;
          repository.settle(
              entry.sequence(),
              outcome.status(),
              refused ? entry.attempts() + 1 : entry.attempts(),
              refused ? outcome.reason() : entry.lastError(),
              outcome.receipt(),
              outcome.signature(),
              now);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sequence", entry.sequence());
          payload.put("sha256", entry.sha256());
          payload.put("result", outcome.reason());
          audit.append(actor, settled(outcome.status()), payload);
        });
  }

  /** The event of a settled delivery: only a delivered or a refused package is settled. */
  private static AuditAction settled(OutboxStatus status) {
    return switch (status) {
      case DELIVERED -> AuditAction.SYNC_DELIVERED;
      case REFUSED -> AuditAction.SYNC_REFUSED;
      case QUEUED, SENDING -> throw new IllegalStateException("not settled: " + status);
    };
  }

  private Instant retryLater(OutboxEntry entry, String why) {
    int attempts = entry.attempts() + 1;
    Instant next = clock.instant().plus(pause(attempts));
    tx.run(
        () ->
            repository.update(
                entry.sequence(), OutboxStatus.QUEUED, attempts, next, why, clock.instant()));
    return next;
  }

  /** 2 s, 4 s, 8 s … up to 5 minutes between attempts. */
  static Duration pause(int attempts) {
    long seconds = FIRST_PAUSE.toSeconds() << Math.min(attempts - 1, 16);
    return seconds >= LONGEST_PAUSE.toSeconds() ? LONGEST_PAUSE : Duration.ofSeconds(seconds);
  }

  /** The reason of a failed attempt, in words: a wrong or expired pin is named as such. */
  private static String describe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateExpiredException) {
        return text("sync.retry.pinExpired");
      }
      if (t instanceof java.security.cert.CertificateException
          && String.valueOf(t.getMessage()).contains("not the registered one")) {
        return text("sync.retry.wrongCertificate", t.getMessage());
      }
    }
    return text("sync.retry.network", e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static String text(String key, Object... args) {
    return Messages.get(Messages.INDONESIAN, key, args);
  }
}
