package id.rekap.core.check;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.util.LinkedHashMap;
import java.util.Map;

/** Use case: change the severity of one rule for this workspace (audited). */
public final class SetRuleSeverity {
  private final Transactions tx;
  private final RuleSettings settings;
  private final AuditLog audit;

  public SetRuleSeverity(Transactions tx, RuleSettings settings, AuditLog audit) {
    this.tx = tx;
    this.settings = settings;
    this.audit = audit;
  }

  /**
   * The chair changes a rule's severity: it decides which findings need a recorded decision before
   * adoption, so it is the chair's call.
   */
  public void run(User chair, String ruleId, String severity) {
    Users.require(chair, Role.CHAIR);
    Actor actor = chair.actor();
    String rule =
        RuleCatalog.normalize(ruleId)
            .orElseThrow(() -> RekapException.badInput("check.error.rule", ruleId));
    Severity s =
        Severity.of(severity)
            .orElseThrow(() -> RekapException.badInput("check.error.severity", severity));
    tx.run(
        () -> {
          Severity before =
              settings.overrides().getOrDefault(rule, RuleCatalog.defaults().get(rule));
          settings.set(rule, s);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("rule", rule);
          payload.put("from", before.name());
          payload.put("to", s.name());
          audit.append(actor, AuditAction.RULES_SEVERITY, payload);
        });
  }
}
