-- Rekap store, version 1: workspace, master data, TPS results, audit chain.
-- Written in SQL that both H2 and jOOQ's DDL parser accept (jOOQ classes are generated from it).

-- One row: the tally centre this workspace belongs to and its election definition.
CREATE TABLE workspace_info (
  id INT NOT NULL PRIMARY KEY,
  level VARCHAR(10) NOT NULL,
  region_code VARCHAR(10) NOT NULL,
  name VARCHAR(200) NOT NULL,
  election_id VARCHAR(100) NOT NULL,
  election_mode VARCHAR(10) NOT NULL,
  election_json CLOB NOT NULL,
  election_sha256 CHAR(64) NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  CONSTRAINT workspace_info_single CHECK (id = 1)
);

-- Provinces, kab/kota, kecamatan and desa/kelurahan (level = digits of the code: 2, 4, 6, 10).
CREATE TABLE region (
  code VARCHAR(10) NOT NULL PRIMARY KEY,
  level INT NOT NULL,
  parent_code VARCHAR(10),
  name VARCHAR(200) NOT NULL
);

CREATE TABLE tps (
  code CHAR(13) NOT NULL PRIMARY KEY,
  desa_code CHAR(10) NOT NULL,
  number INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  dpt INT
);

CREATE INDEX tps_desa ON tps (desa_code);

-- One row per TPS, contest and source. The C.Hasil blocks I, II, III and V are columns
-- (NULL = not reported, distinct from 0); block IV (votes per candidate / party / caleg) is a
-- compact binary vector (see VoteCodec), because one row per vote cell cannot meet the import
-- target at kabupaten scale (ADR 0002).
CREATE TABLE tps_result (
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
  CONSTRAINT tps_result_pk PRIMARY KEY (tps_code, contest, source)
);

CREATE INDEX tps_result_contest ON tps_result (contest, source);

-- Append-only, hash-chained audit log: hash = SHA-256 over (prev_hash, seq, at, actor, action, payload).
CREATE TABLE audit_event (
  seq BIGINT NOT NULL PRIMARY KEY,
  at VARCHAR(40) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  action VARCHAR(60) NOT NULL,
  payload CLOB NOT NULL,
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);

-- The chain's head, written in the same transaction as each event, so that deleting the newest
-- events is detected too.
CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash CHAR(64) NOT NULL,
  CONSTRAINT audit_head_single CHECK (id = 1)
);
