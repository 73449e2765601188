package id.rekap.core.region;

import java.util.Optional;

/** A TPS code: the 10-digit desa code followed by the 3-digit TPS number. */
public record TpsCode(String value) implements Comparable<TpsCode> {
  public static final int DIGITS = 13;

  public TpsCode {
    if (value == null || value.length() != DIGITS || !value.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a TPS code: " + value);
    }
  }

  public static Optional<TpsCode> parse(String input) {
    String digits = Codes.digits(input);
    return digits.length() == DIGITS ? Optional.of(new TpsCode(digits)) : Optional.empty();
  }

  public static TpsCode of(RegionCode desa, int number) {
    if (desa.level() != RegionLevel.DESA || number < 1 || number > 999) {
      throw new IllegalArgumentException("bad TPS " + desa + "/" + number);
    }
    return new TpsCode(desa.value() + String.format(java.util.Locale.ROOT, "%03d", number));
  }

  public RegionCode desa() {
    return new RegionCode(value.substring(0, 10));
  }

  public int number() {
    return Integer.parseInt(value.substring(10));
  }

  public boolean isWithin(RegionCode region) {
    return value.startsWith(region.value());
  }

  public RegionCode at(RegionLevel level) {
    return new RegionCode(value.substring(0, level.digits()));
  }

  public String dotted() {
    return Codes.dotted(value);
  }

  @Override
  public int compareTo(TpsCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
