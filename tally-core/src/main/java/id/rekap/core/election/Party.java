package id.rekap.core.election;

/** A party by ballot number; {@code acehLocal} parties stand only in Aceh's DPRA/DPRK. */
public record Party(int number, String abbr, String name, boolean acehLocal) {}
