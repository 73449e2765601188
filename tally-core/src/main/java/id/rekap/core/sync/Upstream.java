package id.rekap.core.sync;

import java.net.URI;
import java.security.cert.X509Certificate;

/** The kab/kota receiver this workspace sends to, and the certificate pinned for it. */
public record Upstream(URI url, X509Certificate certificate, String registeredBy, String at) {}
