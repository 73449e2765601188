-- What Sirekap's public site showed: the rows of its aggregate files (one per child region or TPS
-- of the file's region; domain.md §7.1 and §11.1). A separate source that never counts as a
-- result; rule R23 compares it with the plenary's recap. A newer reading of the same file
-- (contest and parent region) replaces the older one; the audit log keeps each file's digest.
CREATE TABLE sirekap_published (
  contest VARCHAR(10) NOT NULL,
  code VARCHAR(13) NOT NULL,
  parent_code VARCHAR(10) NOT NULL,
  votes VARBINARY(65536) NOT NULL,
  tps_total INT,
  tps_with_data INT,
  source_ts VARCHAR(40),
  origin VARCHAR(1000) NOT NULL,
  origin_sha256 CHAR(64) NOT NULL,
  imported_at VARCHAR(40) NOT NULL,
  CONSTRAINT sirekap_published_pk PRIMARY KEY (contest, code)
);

CREATE INDEX sirekap_published_parent ON sirekap_published (contest, parent_code);
