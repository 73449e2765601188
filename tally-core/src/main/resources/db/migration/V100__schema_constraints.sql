-- Issue 19 (ADR 0039): the closed vocabularies and the parent rows the code relies on, enforced by
-- the store itself, so a row written past the use cases (an SQL shell, a tool) with a value the
-- program has no meaning for is refused at the write instead of surfacing later as a puzzle. Every
-- vocabulary is the stored id of an enum in tally-core (named beside each line); a new enum value
-- needs a migration that widens its CHECK. Constraints change no row, so no digest bound to the
-- audit chain moves. A workspace holding a row that breaks one of these is refused at opening with
-- the table and the constraint named, before this migration runs (SchemaConstraints), and stays as
-- it was. One statement per constraint, in SQL that H2 and PostgreSQL both read; jOOQ's code
-- generator skips them (its free parser takes LEVEL for a pseudo-column, and constraints change
-- no generated class).

/* [jooq ignore start] */

-- setup.WorkspaceLevel, ElectionDefinition.Mode
ALTER TABLE workspace_info ADD CONSTRAINT workspace_info_level_check CHECK (level IN ('kecamatan', 'kabkota', 'provinsi'));
ALTER TABLE workspace_info ADD CONSTRAINT workspace_info_mode_check CHECK (election_mode IN ('official', 'test'));

-- region.RegionLevel: the digits of the code
ALTER TABLE region ADD CONSTRAINT region_level_check CHECK (level IN (2, 4, 6, 10));

-- result.Source and election.ContestCode, on every table keyed by them
ALTER TABLE tps_result ADD CONSTRAINT tps_result_source_check CHECK (source IN ('correction', 'chasil', 'salinan', 'package', 'sirekap'));
ALTER TABLE tps_result ADD CONSTRAINT tps_result_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE tps_result_superseded ADD CONSTRAINT tps_result_superseded_source_check CHECK (source IN ('correction', 'chasil', 'salinan', 'package', 'sirekap'));
ALTER TABLE tps_result_superseded ADD CONSTRAINT tps_result_superseded_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE keying ADD CONSTRAINT keying_source_check CHECK (source IN ('correction', 'chasil', 'salinan', 'package', 'sirekap'));
ALTER TABLE keying ADD CONSTRAINT keying_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE keyed_by ADD CONSTRAINT keyed_by_source_check CHECK (source IN ('correction', 'chasil', 'salinan', 'package', 'sirekap'));
ALTER TABLE keyed_by ADD CONSTRAINT keyed_by_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE sirekap_published ADD CONSTRAINT sirekap_published_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE correction ADD CONSTRAINT correction_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE adoption ADD CONSTRAINT adoption_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE adoption_decision ADD CONSTRAINT adoption_decision_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE revote ADD CONSTRAINT revote_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE package_in_adoption ADD CONSTRAINT package_in_adoption_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE objection ADD CONSTRAINT objection_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));
ALTER TABLE plenary_attendee ADD CONSTRAINT plenary_attendee_contest_check CHECK (contest IN ('ppwp', 'pdpr', 'pdpd', 'pdprdp', 'pdprdk', 'pkwkp', 'pkwkk'));

-- entry: a keying is the first or the second of the double entry
ALTER TABLE keying ADD CONSTRAINT keying_round_check CHECK (round IN (1, 2));

-- user.Role
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('operator', 'verifier', 'chair', 'admin'));

-- plenary.Evidence, Objections.Kind, Objections.Decision, Attendee.Kind
ALTER TABLE correction ADD CONSTRAINT correction_evidence_check CHECK (evidence IN ('plano', 'salinan', 'recount', 'other'));
ALTER TABLE objection ADD CONSTRAINT objection_kind_check CHECK (kind IN ('keberatan', 'kejadian'));
ALTER TABLE objection ADD CONSTRAINT objection_decision_check CHECK (decision IN ('pending', 'accepted', 'rejected'));
ALTER TABLE plenary_attendee ADD CONSTRAINT plenary_attendee_kind_check CHECK (kind IN ('anggota', 'saksi', 'panwaslu'));

-- revote.RevoteKind, Revote.Marker
ALTER TABLE revote ADD CONSTRAINT revote_kind_check CHECK (kind IN ('psu', 'psl', 'pss', 'puss'));
ALTER TABLE revote ADD CONSTRAINT revote_marked_by_check CHECK (marked_by IN ('sirekap', 'clerk'));

-- adoption.Decision.Kind
ALTER TABLE adoption_decision ADD CONSTRAINT adoption_decision_kind_check CHECK (kind IN ('adopt', 'ruling', 'reopen', 'lift', 'use-package'));

-- check.Severity and sync.OutboxStatus (both stored by their constant's name)
ALTER TABLE rule_severity ADD CONSTRAINT rule_severity_severity_check CHECK (severity IN ('ERROR', 'WARNING'));
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('QUEUED', 'SENDING', 'DELIVERED', 'REFUSED'));

-- exchange: a package's sender is a level (setup.WorkspaceLevel)
ALTER TABLE package_in ADD CONSTRAINT package_in_sender_level_check CHECK (sender_level IN ('kecamatan', 'kabkota', 'provinsi'));

-- The parent rows: a row that belongs to another is never written without it, and the parent is
-- never deleted (no use case deletes these parents). package_in.superseded_by is left out: the
-- import marks the current package superseded by the new one's id just before it inserts it.
ALTER TABLE plenary_attendee ADD CONSTRAINT plenary_attendee_session_fk FOREIGN KEY (session_id) REFERENCES plenary_session (id);
ALTER TABLE objection_detail ADD CONSTRAINT objection_detail_objection_fk FOREIGN KEY (objection_id) REFERENCES objection (id);
ALTER TABLE objection_detail ADD CONSTRAINT objection_detail_session_fk FOREIGN KEY (session_id) REFERENCES plenary_session (id);
ALTER TABLE tps_result_superseded ADD CONSTRAINT tps_result_superseded_revote_fk FOREIGN KEY (revote_id) REFERENCES revote (id);
ALTER TABLE package_in_adoption ADD CONSTRAINT package_in_adoption_package_fk FOREIGN KEY (package_id) REFERENCES package_in (id);

/* [jooq ignore stop] */
