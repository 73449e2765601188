package id.rekap.core.region;

import java.util.Optional;

/**
 * A province (2 digits), kab/kota (4), kecamatan (6) or desa/kelurahan (10) code. A TPS code is a
 * different type ({@link TpsCode}) so that the two cannot be mixed up.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  public RegionCode {
    if (value == null
        || RegionLevel.ofDigits(value.length()).isEmpty()
        || !value.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a region code: " + value);
    }
  }

  /** Parses a plain or dotted code; empty if it is not a region code. */
  public static Optional<RegionCode> parse(String input) {
    String digits = Codes.digits(input);
    return RegionLevel.ofDigits(digits.length()).isPresent()
        ? Optional.of(new RegionCode(digits))
        : Optional.empty();
  }

  public RegionLevel level() {
    return RegionLevel.ofDigits(value.length()).orElseThrow();
  }

  public Optional<RegionCode> parent() {
    return level().parent().map(p -> new RegionCode(value.substring(0, p.digits())));
  }

  /** The ancestor (or this code itself) at the given level, if that level is not below this one. */
  public Optional<RegionCode> at(RegionLevel level) {
    return level.digits() <= value.length()
        ? Optional.of(new RegionCode(value.substring(0, level.digits())))
        : Optional.empty();
  }

  /** True when this code is {@code ancestor} itself or lies beneath it. */
  public boolean isWithin(RegionCode ancestor) {
    return value.startsWith(ancestor.value);
  }

  public String dotted() {
    return Codes.dotted(value);
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
