package id.rekap.signing;

import java.util.Set;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who signs: a tally centre, stated in its certificate's subject so that a receiver can check the
 * level, region, election and election mode of a signed recap: CN the centre's name, OU the level
 * ({@code kecamatan}, {@code kabkota} or {@code provinsi}), a second OU the mode ({@code official}
 * or {@code test}; absent in certificates made before it was stated, then {@code mode} is empty), L
 * the region code, O the election id, C ID.
 */
public record TallyCentre(
    String name, String level, String regionCode, String electionId, String mode) {
  /** The election modes a certificate may state. */
  public static final Set<String> MODES = Set.of("official", "test");

  /** A centre without a stated mode (a certificate made before the mode was stated). */
  public TallyCentre(String name, String level, String regionCode, String electionId) {
    this(name, level, regionCode, electionId, "");
  }

  public TallyCentre {
    mode = mode == null ? "" : mode;
  }

  public X500Name subject() {
    X500NameBuilder b =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "ID")
            .addRDN(BCStyle.O, electionId)
            .addRDN(BCStyle.L, regionCode)
            .addRDN(BCStyle.OU, level);
    if (!mode.isEmpty()) {
      b.addRDN(BCStyle.OU, mode);
    }
    return b.addRDN(BCStyle.CN, name).build();
  }

  /** Reads a subject written by {@link #subject()} (or a CA's with the same attributes). */
  public static TallyCentre of(X500Name subject) {
    String mode = "";
    for (RDN rdn : subject.getRDNs(BCStyle.OU)) {
      String v = IETFUtils.valueToString(rdn.getFirst().getValue());
      if (MODES.contains(v)) {
        mode = v;
      }
    }
    return new TallyCentre(
        value(subject, BCStyle.CN),
        value(subject, BCStyle.OU),
        value(subject, BCStyle.L),
        value(subject, BCStyle.O),
        mode);
  }

  /** The centre stated in a certificate's subject. */
  public static TallyCentre of(java.security.cert.X509Certificate certificate) {
    return of(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
  }

  /**
   * The centre a certificate's subject states, when it states one: OU a level Rekap knows and L a
   * region code. A CA-issued certificate (e.g. BSrE's, for a person) usually has other attributes
   * there, such as a city name; then nothing is stated and the receiver must identify the signer
   * another way (the certificate itself on its trust list).
   */
  public static java.util.Optional<TallyCentre> stated(
      java.security.cert.X509Certificate certificate) {
    TallyCentre c = of(certificate);
    boolean level =
        c.level().equals("kecamatan")
            || c.level().equals("kabkota")
            || c.level().equals("provinsi");
    boolean region = c.regionCode().matches("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
    return level && region && !c.electionId().isEmpty()
        ? java.util.Optional.of(c)
        : java.util.Optional.empty();
  }

  private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
    RDN[] rdns = name.getRDNs(oid);
    return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
  }
}
