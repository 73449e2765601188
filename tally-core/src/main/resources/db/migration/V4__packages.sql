-- Recap packages this workspace has sent upward (by file or network): their sequence numbers.
CREATE TABLE package_out (
  sequence INT NOT NULL PRIMARY KEY,
  created_at VARCHAR(40) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  reason VARCHAR(2000)
);
