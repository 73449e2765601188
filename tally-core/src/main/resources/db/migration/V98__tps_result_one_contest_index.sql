-- Issue 18, ADR 0037: every query of tps_result by contest (with or without its source) is served by
-- the index on (contest, tps_code) of V97, which also gives the TPS order a recap reads in. The
-- older index on (contest, source) only cost an import one more index entry per row (written,
-- logged for undo and committed again at the end of a whole-kabupaten import).
DROP INDEX IF EXISTS tps_result_contest;
