-- Re-votes and re-counts (PSU, PSL, PSS, PUSS; domain.md §11.3). A re-vote of a TPS in a contest
-- replaces every result it had, of any source: those rows move, unchanged, to
-- tps_result_superseded under the re-vote's id, so the earlier numbers stay visible in the history
-- and on the D.Kejadian, and only the later vote counts.

CREATE TABLE revote (
  id BIGINT NOT NULL PRIMARY KEY,
  tps_code CHAR(13) NOT NULL,
  contest VARCHAR(10) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  marked_by VARCHAR(10) NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  declared_by VARCHAR(200) NOT NULL,
  declared_at VARCHAR(40) NOT NULL
);

CREATE INDEX revote_tps ON revote (tps_code, contest);

-- The columns of tps_result, plus the re-vote that superseded the row.
CREATE TABLE tps_result_superseded (
  revote_id BIGINT NOT NULL,
  tps_code CHAR(13) NOT NULL,
  contest VARCHAR(10) NOT NULL,
  source VARCHAR(10) NOT NULL,
  dapil_code VARCHAR(20),
  dpt_l INT, dpt_p INT, dpt INT,
  users_dpt_l INT, users_dpt_p INT, users_dpt INT,
  users_dptb_l INT, users_dptb_p INT, users_dptb INT,
  users_dpk_l INT, users_dpk_p INT, users_dpk INT,
  users_l INT, users_p INT, users INT,
  ballots_received INT, ballots_used INT, ballots_returned INT, ballots_unused INT,
  disabled_l INT, disabled_p INT, disabled INT,
  valid INT, invalid INT, total INT,
  votes VARBINARY(65536) NOT NULL,
  digest CHAR(64) NOT NULL,
  origin VARCHAR(1000) NOT NULL,
  origin_sha256 CHAR(64) NOT NULL,
  source_ts VARCHAR(40),
  imported_at VARCHAR(40) NOT NULL,
  CONSTRAINT tps_result_superseded_pk PRIMARY KEY (revote_id, tps_code, contest, source)
);
