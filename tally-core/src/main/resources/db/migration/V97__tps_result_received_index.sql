-- Issue 18: the TPS with a result in a contest (the status counts every screen opens with) read
-- from an index that holds both columns, not from the rows: at Kab. Bogor a ballot's rows are
-- 15,000 results with their vote cells, and the index on (contest, source) alone makes every
-- distinct TPS code a lookup of its whole row.
CREATE INDEX tps_result_contest_tps ON tps_result (contest, tps_code);
