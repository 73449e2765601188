package id.rekap.signing;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for the upward sync. The receiver presents its workspace certificate; the sender trusts
 * exactly the certificate it pinned at registration (no CA, no hostname: offices reach their
 * kab/kota by IP address or a local name, and a pin is stricter than both), and refuses it once
 * expired or not yet valid.
 */
public final class TlsContexts {
  private static final char[] IN_MEMORY = "rekap-tls".toCharArray();

  private TlsContexts() {}

  /** The receiver's context: the workspace key and its chain, held in memory only. */
  public static SSLContext server(SigningKey key) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("rekap", key.privateKey(), IN_MEMORY, key.chain());
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, IN_MEMORY);
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(kmf.getKeyManagers(), null, new SecureRandom());
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up TLS", e);
    }
  }

  /** TLS 1.3's own suites, all AEAD; nothing older is offered or accepted by the receiver. */
  static final java.util.List<String> SUITES =
      java.util.List.of(
          "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256");

  /**
   * Restricts a receiver's socket to TLS 1.3 and its AEAD suites: no TLS 1.2, so no CBC or SHA-1
   * suite and no downgrade.
   */
  public static void restrict(javax.net.ssl.SSLServerSocket socket) {
    java.util.Set<String> supported = java.util.Set.of(socket.getSupportedCipherSuites());
    socket.setEnabledProtocols(new String[] {"TLSv1.3"});
    socket.setEnabledCipherSuites(
        SUITES.stream().filter(supported::contains).toArray(String[]::new));
  }

  /** The sender's context: trusts the pinned certificate only, while it is valid. */
  public static SSLContext pinned(X509Certificate pinned, Clock clock) {
    try {
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(null, new X509TrustManager[] {new Pin(pinned, clock)}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS", e);
    }
  }

  /** Accepts a server whose certificate is the pinned one, byte for byte, and valid now. */
  private record Pin(X509Certificate pinned, Clock clock) implements X509TrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("upstream presented no certificate");
      }
      if (!MessageDigest.isEqual(chain[0].getEncoded(), pinned.getEncoded())) {
        throw new CertificateException(
            "upstream certificate is not the registered one: " + SigningKey.fingerprint(chain[0]));
      }
      chain[0].checkValidity(Date.from(clock.instant()));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("not a server trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[] {pinned};
    }
  }
}
