package id.rekap.core.exchange;

import id.rekap.signing.CanonicalZip;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes package entries in the canonical ZIP layout of signed containers ({@link CanonicalZip}):
 * the same content gives the same bytes, and a reader can demand that no byte of the container
 * changed.
 */
final class PackageZip {
  private PackageZip() {}

  static byte[] zip(Map<String, byte[]> entries) {
    return CanonicalZip.write(new LinkedHashMap<>(entries));
  }
}
