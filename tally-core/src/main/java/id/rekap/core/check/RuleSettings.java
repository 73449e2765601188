package id.rekap.core.check;

import java.util.Map;

/** Persistence of per-workspace rule severities (implemented by the store). */
public interface RuleSettings {
  Map<String, Severity> overrides();

  void set(String ruleId, Severity severity);
}
