-- Per-workspace severity of consistency rules (default severities live in the code's catalogue).
CREATE TABLE rule_severity (
  rule_id VARCHAR(10) NOT NULL PRIMARY KEY,
  severity VARCHAR(10) NOT NULL
);
