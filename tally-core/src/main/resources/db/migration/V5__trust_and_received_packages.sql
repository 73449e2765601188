-- The trust list: certificates (a tally centre's own, or a CA's such as BSrE's) an admin or the
-- chair registered explicitly. A removal is recorded, never deleted, so the history stays.
CREATE TABLE trusted_cert (
  id BIGINT NOT NULL PRIMARY KEY,
  fingerprint CHAR(95) NOT NULL,
  subject VARCHAR(2000) NOT NULL,
  issuer VARCHAR(2000) NOT NULL,
  is_ca BOOLEAN NOT NULL,
  not_after VARCHAR(40) NOT NULL,
  der VARBINARY(65536) NOT NULL,
  note VARCHAR(2000),
  added_by VARCHAR(200) NOT NULL,
  added_at VARCHAR(40) NOT NULL,
  removed_by VARCHAR(200),
  removed_at VARCHAR(40)
);

-- Recap packages received from the level below, every version: the current one per sender has
-- superseded_by NULL. The verification result is kept with the package.
CREATE TABLE package_in (
  id BIGINT NOT NULL PRIMARY KEY,
  sha256 CHAR(64) NOT NULL,
  file_name VARCHAR(1000) NOT NULL,
  sender_level VARCHAR(20) NOT NULL,
  sender_region VARCHAR(13) NOT NULL,
  sender_name VARCHAR(500) NOT NULL,
  sequence INT NOT NULL,
  reason VARCHAR(2000),
  created_at VARCHAR(40) NOT NULL,
  signed_at VARCHAR(40),
  signer_subject VARCHAR(2000) NOT NULL,
  signer_fingerprint CHAR(95) NOT NULL,
  trusted_via CHAR(95) NOT NULL,
  audit_head_seq BIGINT,
  audit_head_hash VARCHAR(64),
  row_count INT NOT NULL,
  mismatches CLOB NOT NULL,
  imported_by VARCHAR(200) NOT NULL,
  imported_at VARCHAR(40) NOT NULL,
  superseded_by BIGINT,
  CONSTRAINT package_in_sha UNIQUE (sha256)
);
