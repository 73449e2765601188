-- The kab/kota chair may withdraw the package version in force (a wrong or hostile sequence
-- number, a package sent by mistake): recorded with who, when and why, never deleted.
ALTER TABLE package_in ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE package_in ADD COLUMN withdrawn_at VARCHAR(40);
ALTER TABLE package_in ADD COLUMN withdraw_reason VARCHAR(2000);
