-- Upward sync: the kab/kota workspace this PPK sends to, with the certificate pinned at
-- registration, and the outbox of packages in sequence order with what became of each.
CREATE TABLE upstream (
  id INT NOT NULL PRIMARY KEY,
  url VARCHAR(500) NOT NULL,
  certificate VARBINARY(16384) NOT NULL,
  registered_by VARCHAR(100) NOT NULL,
  registered_at VARCHAR(40) NOT NULL,
  CONSTRAINT upstream_single CHECK (id = 1)
);

CREATE TABLE outbox (
  sequence INT NOT NULL PRIMARY KEY,
  sha256 CHAR(64) NOT NULL,
  content BLOB NOT NULL,
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at VARCHAR(40),
  last_error VARCHAR(2000),
  receipt BLOB,
  receipt_signature BLOB,
  updated_at VARCHAR(40) NOT NULL
);
