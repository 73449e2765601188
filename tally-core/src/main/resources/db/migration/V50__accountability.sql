-- Login state per account name, beside app_user: consecutive failed logins (for the growing wait,
-- also kept for names that are no account, so a guesser learns nothing) and whether the account
-- must first replace the temporary password an admin gave it.
CREATE TABLE login_state (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  failures INT NOT NULL,
  last_failure_at VARCHAR(40),
  blocked INT NOT NULL,
  must_change BOOLEAN NOT NULL
);

-- Who keyed a counted C.Hasil form (the two operators of the double entry) and who settled its
-- mismatches, so that nobody settles or adopts numbers they keyed themselves.
CREATE TABLE keyed_by (
  tps_code CHAR(13) NOT NULL,
  contest VARCHAR(10) NOT NULL,
  source VARCHAR(10) NOT NULL,
  first_user VARCHAR(100) NOT NULL,
  second_user VARCHAR(100) NOT NULL,
  resolved_by VARCHAR(100),
  counted_at VARCHAR(40) NOT NULL,
  CONSTRAINT keyed_by_pk PRIMARY KEY (tps_code, contest, source)
);
