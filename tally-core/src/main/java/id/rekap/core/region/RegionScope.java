package id.rekap.core.region;

/**
 * Which master-data entries a workspace keeps: its own region, everything beneath it, and its
 * ancestors (for the names printed in headers). National files are filtered through this.
 */
public record RegionScope(RegionCode root) {
  public boolean keeps(RegionCode code) {
    return code.isWithin(root) || root.isWithin(code);
  }

  public boolean keeps(TpsCode code) {
    return code.isWithin(root);
  }

  /**
   * Whether an entry with a code that is not a valid region or TPS code could still belong to the
   * scope: its leading digits (dots ignored) are the root's or its ancestors', or start with the
   * root's; an entry with no leading digits cannot be placed, so it may. {@code "99BF"} cannot be
   * under 1101; {@code "1101X"} or {@code "11010120AB"} could.
   */
  public boolean mayHold(String oddCode) {
    String s = oddCode == null ? "" : oddCode.strip();
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c < '0' || c > '9') {
        break;
      }
      digits.append(c);
    }
    String d = digits.toString();
    return d.isEmpty() || d.startsWith(root.value()) || root.value().startsWith(d);
  }
}
