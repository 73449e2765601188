-- Issue 14: per received package, what its sender (the PPK) had adopted and in force when it
-- exported, from the package's adoptions.json. A table of its own, not columns of package_in:
-- every column of a bound row is in its digest, so new columns would make old rows look changed.
-- Kept for every package version, like package_in; the package in force is the one that counts.
CREATE TABLE package_in_adoption (
  package_id BIGINT NOT NULL,
  contest VARCHAR(10) NOT NULL,
  code VARCHAR(13) NOT NULL,
  digest VARCHAR(64),
  adopted_by VARCHAR(200) NOT NULL,
  adopted_at VARCHAR(40) NOT NULL,
  PRIMARY KEY (package_id, contest, code)
);
