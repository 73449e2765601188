package id.rekap.core.entry;

import id.rekap.core.result.TpsResult;

/** One keying of a C.Hasil (round 1 or 2) by one user, as typed. */
public record Keying(TpsResult values, int round, String user, String keyedAt) {}
