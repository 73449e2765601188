-- The plenary sessions (rapat pleno) of the workspace: where and when they were held and who
-- attended (committee members, witnesses with the participant they represent, Panwaslu). The
-- forms' berita acara and signature blocks are printed from these. Objections and special events
-- belong to the session they were raised in; witnesses name the participant they speak for and
-- Panwaslu may give a recommendation (D.Kejadian Khusus dan/atau Keberatan Saksi). These three
-- live in a table of their own rather than new columns of objection: a row's digest in the audit
-- chain covers every column, so new columns would make every objection recorded before the
-- upgrade look changed to `audit verify`.
CREATE TABLE plenary_session (
  id BIGINT NOT NULL PRIMARY KEY,
  place VARCHAR(300) NOT NULL,
  opened_at VARCHAR(40) NOT NULL,
  opened_by VARCHAR(100) NOT NULL,
  closed_at VARCHAR(40),
  closed_by VARCHAR(100)
);

CREATE TABLE plenary_attendee (
  session_id BIGINT NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  role VARCHAR(100),
  contest VARCHAR(10),
  participant INT,
  name VARCHAR(200) NOT NULL,
  CONSTRAINT plenary_attendee_pk PRIMARY KEY (session_id, position)
);

CREATE TABLE objection_detail (
  objection_id BIGINT NOT NULL PRIMARY KEY,
  session_id BIGINT,
  participant INT,
  recommendation VARCHAR(4000)
);
