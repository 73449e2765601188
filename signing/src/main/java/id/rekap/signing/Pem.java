package id.rekap.signing;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A certificate as PEM text (RFC 7468): what a tally centre hands the level above, by USB stick or
 * mail, for its trust list or as the sync pin. Only the public certificate, never the key.
 */
public final class Pem {
  private Pem() {}

  public static String certificate(X509Certificate cert) {
    byte[] der;
    try {
      der = cert.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    }
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
  }
}
