package id.rekap.core.election;

/** A candidate (or pair) with its ballot number; {@code sirekapId} keys Sirekap's chart. */
public record Candidate(int number, String sirekapId, String name, String sex) {}
