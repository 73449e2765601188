-- Issue 14: the chair's adoption decisions, kept as history. One row per decision: a place adopted
-- in one decision (what it adopted, what was adopted already, what it left out and why, the
-- plenary's rulings on findings or package conflicts), a ruling alone, a re-opening with its
-- reason, a lift by changed numbers, the package's numbers taken over at a TPS. The detail is
-- canonical JSON (docs/architecture.md).
CREATE TABLE adoption_decision (
  id BIGINT NOT NULL PRIMARY KEY,
  contest VARCHAR(10) NOT NULL,
  code VARCHAR(13) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  decided_by VARCHAR(100) NOT NULL,
  decided_at VARCHAR(40) NOT NULL,
  text VARCHAR(4000),
  detail CLOB NOT NULL
);
