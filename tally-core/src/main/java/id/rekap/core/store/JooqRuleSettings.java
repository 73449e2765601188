package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.RULE_SEVERITY;

import id.rekap.core.check.RuleSettings;
import id.rekap.core.check.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Rule severities in rule_severity. */
public final class JooqRuleSettings implements RuleSettings {
  private final DSLContext dsl;

  public JooqRuleSettings(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Map<String, Severity> overrides() {
    Map<String, Severity> out = new LinkedHashMap<>();
    dsl.selectFrom(RULE_SEVERITY)
        .orderBy(RULE_SEVERITY.RULE_ID)
        .fetch()
        .forEach(r -> Severity.of(r.getSeverity()).ifPresent(s -> out.put(r.getRuleId(), s)));
    return out;
  }

  @Override
  public void set(String ruleId, Severity severity) {
    dsl.insertInto(RULE_SEVERITY)
        .set(RULE_SEVERITY.RULE_ID, ruleId)
        .set(RULE_SEVERITY.SEVERITY, severity.name())
        .onDuplicateKeyUpdate()
        .set(RULE_SEVERITY.SEVERITY, severity.name())
        .execute();
  }
}
