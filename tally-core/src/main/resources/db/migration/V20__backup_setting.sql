-- Backups (issue 13): the second folder (a USB stick) every checked backup is also copied to,
-- set by the chair or an admin; one row at most.
CREATE TABLE backup_setting (
  id INT NOT NULL PRIMARY KEY,
  second_folder VARCHAR(1000),
  set_by VARCHAR(100) NOT NULL,
  set_at VARCHAR(40) NOT NULL,
  CONSTRAINT backup_setting_single CHECK (id = 1)
);
