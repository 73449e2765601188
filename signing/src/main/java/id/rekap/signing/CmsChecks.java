package id.rekap.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureEncryptionAlgorithmFinder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS signature the way {@link CmsSigner} writes it, strictly: the signature and
 * message digest, the ESS signing-certificate-v2 binding of the certificate, and that the structure
 * is exactly the canonical DER of its signed parts. That last check matters because some bytes of a
 * CMS are not signed (version numbers, the outer algorithm list, the encoding of lengths); a
 * lenient reader would let them change without anyone noticing.
 */
final class CmsChecks {
  private CmsChecks() {}

  /** What was found: the signer and its certificates, the signing-time attribute, the problems. */
  record Outcome(
      Optional<X509Certificate> signer,
      List<X509Certificate> certificates,
      Optional<Instant> signingTime,
      List<String> problems) {
    boolean intact() {
      return signer.isPresent() && problems.isEmpty();
    }
  }

  static Outcome verify(byte[] content, byte[] der) {
    List<String> problems = new ArrayList<>();
    ContentInfo info;
    try {
      info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      return failed("not a CMS structure");
    }
    try {
      if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
        return failed("not a CMS signed-data structure");
      }
      CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), info);
      Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return failed("expected one signer, found " + signers.size());
      }
      SignerInformation signer = signers.iterator().next();
      List<X509Certificate> certs = new ArrayList<>();
      var converter = new JcaX509CertificateConverter();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> all = data.getCertificates().getMatches(null);
      for (X509CertificateHolder h : all) {
        certs.add(converter.getCertificate(h));
      }
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches =
          data.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        return failed("the signer's certificate is missing");
      }
      X509Certificate cert = converter.getCertificate(matches.iterator().next());
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
        problems.add("the content does not match the signature");
      }
      essCertificateProblem(signer, cert).ifPresent(problems::add);
      if (!Arrays.equals(canonical(info, cert), der)) {
        problems.add("the signature structure is not in canonical DER form (altered)");
      }
      return new Outcome(Optional.of(cert), List.copyOf(certs), signingTime(signer), problems);
    } catch (CMSException
        | GeneralSecurityException
        | OperatorCreationException
        | IOException
        | RuntimeException e) {
      return failed("not a valid signature: " + e.getClass().getSimpleName());
    }
  }

  private static Outcome failed(String problem) {
    return new Outcome(Optional.empty(), List.of(), Optional.empty(), List.of(problem));
  }

  /** The signing-certificate-v2 attribute must name exactly this certificate (by SHA-256). */
  private static Optional<String> essCertificateProblem(
      SignerInformation signer, X509Certificate cert) throws GeneralSecurityException {
    AttributeTable signed = signer.getSignedAttributes();
    Attribute attr =
        signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (attr == null || attr.getAttrValues().size() != 1) {
      return Optional.of("the signing-certificate-v2 attribute is missing");
    }
    ESSCertIDv2[] ids =
        SigningCertificateV2.getInstance(attr.getAttrValues().getObjectAt(0)).getCerts();
    if (ids.length == 0) {
      return Optional.of("the signing-certificate-v2 attribute is empty");
    }
    ESSCertIDv2 id = ids[0];
    if (!NISTObjectIdentifiers.id_sha256.equals(id.getHashAlgorithm().getAlgorithm())
        || !MessageDigest.isEqual(id.getCertHash(), CmsSigner.certHash(cert))) {
      return Optional.of("the signing-certificate-v2 attribute does not match the certificate");
    }
    if (id.getIssuerSerial() != null
        && !id.getIssuerSerial().getSerial().getValue().equals(cert.getSerialNumber())) {
      return Optional.of("the signing-certificate-v2 serial does not match the certificate");
    }
    return Optional.empty();
  }

  /**
   * The DER that {@link CmsSigner} would have written for these signed parts: SignedData version
   * and digest list derived from the one signer, no embedded content, no CRLs, no unsigned
   * attributes.
   */
  private static byte[] canonical(ContentInfo info, X509Certificate cert) throws IOException {
    SignedData sd = SignedData.getInstance(info.getContent());
    SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
    // the algorithm identifiers as BouncyCastle writes them: a look-alike identifier (say
    // sha256WithRSAEncryption for rsaEncryption) would verify just as well, so it must not pass
    AlgorithmIdentifier digest = new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256");
    String name =
        cert.getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    AlgorithmIdentifier signature =
        new DefaultCMSSignatureEncryptionAlgorithmFinder()
            .findEncryptionAlgorithm(new DefaultSignatureAlgorithmIdentifierFinder().find(name));
    SignerInfo plain =
        new SignerInfo(
            si.getSID(),
            digest,
            si.getAuthenticatedAttributes(),
            signature,
            si.getEncryptedDigest(),
            null);
    SignedData rebuilt =
        new SignedData(
            new DERSet(digest),
            new ContentInfo(CMSObjectIdentifiers.data, null),
            sd.getCertificates(),
            null,
            new DERSet(plain));
    return new ContentInfo(CMSObjectIdentifiers.signedData, rebuilt).getEncoded(ASN1Encoding.DER);
  }

  private static Optional<Instant> signingTime(SignerInformation signer) {
    AttributeTable table = signer.getSignedAttributes();
    Attribute a = table == null ? null : table.get(CMSAttributes.signingTime);
    if (a == null) {
      return Optional.empty();
    }
    return Optional.of(Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant());
  }
}
