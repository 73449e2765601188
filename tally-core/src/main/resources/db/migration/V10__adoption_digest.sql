-- Issue 13: an adoption records the digest of exactly what it adopted, and is lifted (not deleted)
-- when a correction, a newer package or a re-vote changes those numbers; the packages sent record
-- the audit head they carried, so the next one carries the events since.
ALTER TABLE adoption ADD COLUMN digest CHAR(64);
ALTER TABLE adoption ADD COLUMN lifted_at VARCHAR(40);
ALTER TABLE adoption ADD COLUMN lifted_reason VARCHAR(2000);
ALTER TABLE package_out ADD COLUMN audit_head_seq BIGINT;
ALTER TABLE package_out ADD COLUMN audit_head_hash CHAR(64);
