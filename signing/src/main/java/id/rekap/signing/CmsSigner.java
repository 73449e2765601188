package id.rekap.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS signatures in the one profile Rekap writes and {@link CmsChecks} accepts: SHA-256,
 * one signer identified by issuer and serial, the signer's chain included, signed attributes
 * content-type, message-digest, CMS algorithm protection and ESS signing-certificate-v2 (binding
 * the certificate to the signature, as PAdES and CAdES require), DER-encoded. Everything happens in
 * memory: the private key never leaves the {@link SigningKey}.
 */
final class CmsSigner {
  private CmsSigner() {}

  /**
   * Signs the content.
   *
   * @param signingTime the CMS signing-time attribute, or null to leave it out (PAdES puts the
   *     claimed time in the PDF's signature dictionary and forbids the attribute)
   */
  static byte[] sign(byte[] content, SigningKey key, Instant signingTime) {
    try {
      X509Certificate cert = key.certificate();
      Attribute essV2 =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(
                  new SigningCertificateV2(new ESSCertIDv2(certHash(cert), issuerSerial(cert)))));
      AttributeTable fixed = new AttributeTable(essV2);
      if (signingTime != null) {
        fixed =
            fixed.add(
                CMSAttributes.signingTime, new Time(Date.from(signingTime)).toASN1Primitive());
      }
      CMSAttributeTableGenerator attributes = attributes(fixed, signingTime != null);
      var signerInfo =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(attributes)
              .build(
                  new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()),
                  cert);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfo);
      generator.addCertificates(new JcaCertStore(List.of(key.chain())));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
      return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      // the cause names an algorithm or an encoding problem, never key bytes
      throw new IllegalStateException("cannot sign: " + e.getClass().getSimpleName(), e);
    }
  }

  /** BouncyCastle's standard attributes, without its automatic signing time when none is wanted. */
  private static CMSAttributeTableGenerator attributes(AttributeTable fixed, boolean withTime) {
    DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(fixed);
    return params -> {
      AttributeTable table = standard.getAttributes(params);
      return withTime ? table : table.remove(CMSAttributes.signingTime);
    };
  }

  static byte[] certHash(X509Certificate cert) throws GeneralSecurityException {
    return Sha256.newDigest().digest(cert.getEncoded());
  }

  static IssuerSerial issuerSerial(X509Certificate cert) {
    X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
    BigInteger serial = cert.getSerialNumber();
    return new IssuerSerial(new GeneralNames(new GeneralName(issuer)), serial);
  }
}
