package id.rekap.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.XMLSignatureException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.poifs.crypt.dsig.SignaturePart;

/**
 * OOXML XML-DSig signatures of XLSX files with POI's {@code org.apache.poi.poifs.crypt.dsig}
 * (Santuario underneath): SHA-256, XAdES signed properties with the signing time and the signing
 * certificate, the chain in the key info; Excel shows and checks them. After signing, the ZIP is
 * rewritten in the {@link CanonicalZip} layout, because the signature covers the parts but not the
 * ZIP's bookkeeping; the verifier demands that layout so that no byte of the file can change
 * unnoticed.
 */
public final class XlsxSignature {
  private XlsxSignature() {}

  /** The signed XLSX. */
  public static byte[] sign(byte[] xlsx, SigningKey key, Clock clock) {
    SignatureConfig config = new SignatureConfig();
    config.setKey(key.privateKey());
    config.setSigningCertificateChain(List.of(key.chain()));
    config.setExecutionTime(Date.from(clock.instant()));
    config.setDigestAlgo(HashAlgorithm.sha256);
    config.setXadesDigestAlgo(HashAlgorithm.sha256);
    config.setAllowCRLDownload(false);
    TallyCentre centre = TallyCentre.of(key.certificate());
    config.setSignatureDescription("Rekapitulasi " + centre.level() + " " + centre.regionCode());
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length * 2);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      SignatureInfo info = new SignatureInfo();
      info.setSignatureConfig(config);
      info.setOpcPackage(pkg);
      info.confirmSignature();
      pkg.save(out);
    } catch (IOException | InvalidFormatException | XMLSignatureException | MarshalException e) {
      // the cause names a format or an algorithm, never key bytes
      throw new IllegalStateException("cannot sign the XLSX: " + e.getClass().getSimpleName(), e);
    }
    return CanonicalZip.write(entries(out.toByteArray()));
  }

  /**
   * Verifies the XLSX's signatures.
   *
   * @throws UnreadableFileException when the file is not a readable OOXML package
   */
  public static SignatureCheck verify(byte[] xlsx, TrustPolicy trust) {
    List<String> problems = new ArrayList<>();
    try {
      CanonicalZip.read(xlsx);
    } catch (UnreadableFileException e) {
      problems.add(e.getMessage());
    }
    SignatureConfig config = new SignatureConfig();
    config.setUpdateConfigOnValidate(true);
    config.setAllowCRLDownload(false);
    X509Certificate signer = null;
    List<X509Certificate> chain = List.of();
    int parts = 0;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      SignatureInfo info = new SignatureInfo();
      info.setSignatureConfig(config);
      info.setOpcPackage(pkg);
      for (SignaturePart part : info.getSignatureParts()) {
        parts++;
        if (!part.validate()) {
          problems.add("signature " + part.getPackagePart().getPartName().getName() + " is broken");
        } else if (signer == null) {
          signer = part.getSigner();
          chain = part.getCertChain();
        }
      }
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      String why = "XLSX: cannot be read (" + e.getClass().getSimpleName() + ")";
      if (problems.isEmpty()) {
        throw new UnreadableFileException(why);
      }
      // a container damaged after signing: invalid rather than unreadable
      problems.add(why);
      return new SignatureCheck(
          Optional.empty(), Optional.empty(), Optional.empty(), false, false, problems);
    }
    if (parts == 0) {
      return SignatureCheck.unsigned();
    }
    Optional<Instant> at = Optional.ofNullable(config.getExecutionTime()).map(Date::toInstant);
    if (signer == null) {
      return new SignatureCheck(Optional.empty(), Optional.empty(), at, false, false, problems);
    }
    return SignatureCheck.of(signer, chain, at, problems, trust);
  }

  private static SequencedMap<String, byte[]> entries(byte[] zip) {
    SequencedMap<String, byte[]> out = new LinkedHashMap<>();
    try (InputStream in = new ByteArrayInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        out.put(e.getName(), z.readAllBytes());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot re-read the signed XLSX", e);
    }
    return out;
  }
}
