package id.rekap.core.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit catalogue (ADR 0040): every action a use case records in the chain, with the name it is
 * stored under. The stored name is hashed into each event and replayed by {@code audit verify}, by
 * a backup's check and by a receiver checking a package's events, so it must never change: a
 * renamed action would break every existing workspace's chain. This enum is the only place the
 * names are spelled; the one-line meaning of each is in the message bundles under {@link
 * #meaningKey()} ({@code docs/audit-actions.md} lists them, generated from this enum).
 */
public enum AuditAction {
  // the workspace and its integrity
  WORKSPACE_INIT("workspace.init"),
  STATE_BIND("state.bind"),
  AUDIT_BIND("audit.bind"),
  AUDIT_STATESUM("audit.statesum"),
  AUDIT_CHECKPOINT("audit.checkpoint"),
  // people
  USER_ADD("user.add"),
  USER_PASSWORD("user.password"),
  USER_LOGIN("user.login"),
  USER_LOGIN_FAILED("user.login.failed"),
  USER_ACTIVATE("user.activate"),
  USER_DEACTIVATE("user.deactivate"),
  // keys and trust
  KEYS_INIT("keys.init"),
  KEYS_IMPORT("keys.import"),
  TRUST_ADD("trust.add"),
  TRUST_REMOVE("trust.remove"),
  // settings
  REGIONS_IMPORT("regions.import"),
  REGIONS_CORRECT("regions.correct"),
  COMMITTEE_SET("committee.set"),
  RULES_SEVERITY("rules.severity"),
  // results taken in
  RESULT_IMPORT("result.import"),
  RESULT_CORRECT("result.correct"),
  RESULT_REVOTE("result.revote"),
  PUBLISHED_IMPORT("published.import"),
  ENTRY_KEY("entry.key"),
  ENTRY_MISMATCH("entry.mismatch"),
  ENTRY_ACCEPTED("entry.accepted"),
  ENTRY_RESOLVED("entry.resolved"),
  ENTRY_WITHDRAW("entry.withdraw"),
  ENTRY_REPLACE("entry.replace"),
  ENTRY_TEMPLATE("entry.template"),
  // the plenary
  PLENARY_OPEN("plenary.open"),
  PLENARY_ATTEND("plenary.attend"),
  PLENARY_CLOSE("plenary.close"),
  OBJECTION_RECORD("objection.record"),
  OBJECTION_RESPOND("objection.respond"),
  OBJECTION_RECOMMEND("objection.recommend"),
  CORRECTION_APPLY("correction.apply"),
  ADOPTION_ADOPT("adoption.adopt"),
  ADOPTION_RULING("adoption.ruling"),
  ADOPTION_REOPEN("adoption.reopen"),
  ADOPTION_USE_PACKAGE("adoption.usePackage"),
  ADOPTION_LIFT("adoption.lift"),
  // packages and sending them
  PACKAGE_EXPORT("package.export"),
  PACKAGE_IMPORT("package.import"),
  PACKAGE_WITHDRAW("package.withdraw"),
  SYNC_UPSTREAM("sync.upstream"),
  SYNC_DELIVERED("sync.delivered"),
  SYNC_REFUSED("sync.refused"),
  SYNC_RECEIVE("sync.receive"),
  SYNC_RECEIVE_SUMMARY("sync.receive.summary"),
  // backups
  BACKUP_FOLDER("backup.folder"),
  BACKUP_RESTORE("backup.restore");

  private static final Map<String, AuditAction> BY_STORED =
      Arrays.stream(values()).collect(Collectors.toMap(a -> a.stored, Function.identity()));

  private final String stored;

  AuditAction(String stored) {
    this.stored = stored;
  }

  /** The name the event is stored and hashed under (never changes). */
  public String stored() {
    return stored;
  }

  /** The bundle key of the action's one-line meaning. */
  public String meaningKey() {
    return "audit.action." + stored;
  }

  /** Whether the event records this action. */
  public boolean recorded(AuditEvent e) {
    return stored.equals(e.action());
  }

  /** The action stored under that name, if it is one of the catalogue. */
  public static Optional<AuditAction> ofStored(String stored) {
    return Optional.ofNullable(BY_STORED.get(stored));
  }
}
