package id.rekap.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex, the form used in manifests, audit chains and QR codes. */
public final class Sha256 {
  private static final HexFormat HEX = HexFormat.of();

  private Sha256() {}

  /** A fresh digest; SHA-256 is mandatory in every Java runtime, so absence is a broken JDK. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }

  /** Hex digest of raw bytes. */
  public static String hex(byte[] data) {
    return HEX.formatHex(newDigest().digest(data));
  }

  /** Hex digest of the UTF-8 encoding of a text. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Hex form of a finished digest. */
  public static String hex(MessageDigest digest) {
    return HEX.formatHex(digest.digest());
  }
}
