package id.rekap.core.region;

/**
 * A polling station of the master list. {@code dpt} (registered voters) is null when the source
 * list does not give it.
 */
public record Tps(TpsCode code, String name, Integer dpt) {
  public Tps {
    if (code == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("TPS needs a code and a name");
    }
  }

  public static Tps numbered(TpsCode code) {
    return new Tps(code, String.format(java.util.Locale.ROOT, "TPS %03d", code.number()), null);
  }
}
