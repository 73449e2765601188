package id.rekap.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS (PKCS#7) signatures, as used for a recap package's manifest: SHA-256 with RSA, the
 * signer's certificate chain included, the signing time taken from the injected clock. {@code
 * openssl cms -verify} checks them without Rekap.
 */
public final class CmsSignature {
  private CmsSignature() {}

  /** The DER signature over the content. */
  public static byte[] sign(byte[] content, SigningKey key, Clock clock) {
    try {
      ASN1EncodableVector attrs = new ASN1EncodableVector();
      attrs.add(
          new Attribute(
              CMSAttributes.signingTime,
              new org.bouncycastle.asn1.DERSet(new Time(Date.from(clock.instant())))));
      var signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs));
      var signerInfo =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(signedAttributes)
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                  key.certificate());
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfo);
      generator.addCertificates(new JcaCertStore(List.of(key.chain())));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  /** What a verification found: the signer, when it signed, and whether the content is intact. */
  public record Verification(
      boolean intact,
      Optional<X509Certificate> signer,
      Optional<Instant> signedAt,
      String problem) {}

  public static Verification verify(byte[] content, byte[] signature) {
    try {
      CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), signature);
      Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return new Verification(
            false,
            Optional.empty(),
            Optional.empty(),
            "expected one signer, found " + signers.size());
      }
      SignerInformation signer = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches =
          data.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        return new Verification(
            false, Optional.empty(), Optional.empty(), "the signer's certificate is missing");
      }
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
      boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
      Optional<Instant> at = signingTime(signer);
      return new Verification(
          ok, Optional.of(cert), at, ok ? "" : "the content does not match the signature");
    } catch (CMSException
        | GeneralSecurityException
        | OperatorCreationException
        | RuntimeException e) {
      return new Verification(
          false, Optional.empty(), Optional.empty(), "not a valid signature: " + e.getMessage());
    }
  }

  /**
   * Every certificate carried in a signature (the signer's and its intermediate CAs), for path
   * validation; empty when the signature cannot be read.
   */
  public static List<X509Certificate> certificates(byte[] signature) {
    try {
      CMSSignedData data = new CMSSignedData(signature);
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      java.util.ArrayList<X509Certificate> out = new java.util.ArrayList<>();
      for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
        out.add(converter.getCertificate(holder));
      }
      return List.copyOf(out);
    } catch (CMSException | GeneralSecurityException | RuntimeException e) {
      return List.of();
    }
  }

  private static Optional<Instant> signingTime(SignerInformation signer) {
    AttributeTable table = signer.getSignedAttributes();
    if (table == null) {
      return Optional.empty();
    }
    Hashtable<?, ?> all = table.toHashtable();
    Object a = all.get(CMSAttributes.signingTime);
    if (a instanceof Attribute attr) {
      return Optional.of(
          Time.getInstance(attr.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }
    return Optional.empty();
  }
}
