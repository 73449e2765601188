-- Users of the workspace, keyed C.Hasil entries (double entry), corrections, objections and
-- special events, and adoption of results.

CREATE TABLE app_user (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  role VARCHAR(20) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  active BOOLEAN NOT NULL
);

-- One keying of one TPS, contest and source (round 1 and 2 by different users).
CREATE TABLE keying (
  tps_code CHAR(13) NOT NULL,
  contest VARCHAR(10) NOT NULL,
  source VARCHAR(10) NOT NULL,
  round INT NOT NULL,
  user_name VARCHAR(100) NOT NULL,
  dapil_code VARCHAR(20),
  admin VARBINARY(1024) NOT NULL,
  votes VARBINARY(65536) NOT NULL,
  keyed_at VARCHAR(40) NOT NULL,
  CONSTRAINT keying_pk PRIMARY KEY (tps_code, contest, source, round)
);

CREATE TABLE correction (
  id BIGINT NOT NULL PRIMARY KEY,
  tps_code CHAR(13) NOT NULL,
  contest VARCHAR(10) NOT NULL,
  field VARCHAR(60) NOT NULL,
  old_value INT,
  new_value INT,
  reason VARCHAR(2000) NOT NULL,
  evidence VARCHAR(20) NOT NULL,
  proposed_by VARCHAR(200) NOT NULL,
  approved_by VARCHAR(100) NOT NULL,
  decided_at VARCHAR(40) NOT NULL
);

CREATE TABLE objection (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  contest VARCHAR(10),
  place_code VARCHAR(13) NOT NULL,
  raised_by VARCHAR(200) NOT NULL,
  text VARCHAR(4000) NOT NULL,
  response VARCHAR(4000),
  decision VARCHAR(20) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at VARCHAR(40) NOT NULL
);

CREATE TABLE adoption (
  contest VARCHAR(10) NOT NULL,
  code VARCHAR(13) NOT NULL,
  adopted_by VARCHAR(100) NOT NULL,
  decision VARCHAR(2000),
  adopted_at VARCHAR(40) NOT NULL,
  CONSTRAINT adoption_pk PRIMARY KEY (contest, code)
);
