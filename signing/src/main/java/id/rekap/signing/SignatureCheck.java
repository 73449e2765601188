package id.rekap.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the verification of a signed file found: who signed (the tally centre stated in the
 * certificate), when (as claimed by the signer), whether the content is intact and whether the
 * signer is trusted, and the problems in plain words. A file is valid only when intact and trusted.
 */
public record SignatureCheck(
    Optional<X509Certificate> certificate,
    Optional<TallyCentre> signer,
    Optional<Instant> signedAt,
    boolean intact,
    boolean trusted,
    List<String> problems) {
  public SignatureCheck {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return intact && trusted && problems.isEmpty();
  }

  /** A file without any signature. */
  public static SignatureCheck unsigned() {
    return new SignatureCheck(
        Optional.empty(), Optional.empty(), Optional.empty(), false, false, List.of("not signed"));
  }

  static SignatureCheck of(
      X509Certificate cert,
      List<X509Certificate> carried,
      Optional<Instant> signedAt,
      List<String> problems,
      TrustPolicy trust) {
    boolean trusted = trust.trusts(cert, carried, signedAt.orElseGet(Instant::now));
    return new SignatureCheck(
        Optional.of(cert),
        Optional.of(TallyCentre.of(cert)),
        signedAt,
        problems.isEmpty(),
        trusted,
        problems);
  }
}
