package id.rekap.core.election;

/** How block IV of a ballot is counted. */
public enum Shape {
  /** Votes per candidate or pair (PPWP, DPD, Pilkada). */
  CANDIDATES("candidates"),
  /** Votes per party (party-only) and per caleg of that party, within a dapil (DPR, DPRD). */
  PARTY_LISTS("party-lists");

  private final String id;

  Shape(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static java.util.Optional<Shape> of(String id) {
    for (Shape s : values()) {
      if (s.id.equals(id)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
