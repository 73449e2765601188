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
 * certificate, the chain in the key info; Excel shows and checks them. The manifest covers every
 * part ({@link XlsxEveryPart}), and verification reports any part, relationship or content type the
 * signature does not cover as not intact ({@link XlsxCoverage}). After signing, the ZIP is
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
    // every part signed, not only the types Office lists (XlsxEveryPart)
    config.setSignatureFacets(
        config.getSignatureFacets().stream()
            .map(
                f ->
                    f.getClass() == org.apache.poi.poifs.crypt.dsig.facets.OOXMLSignatureFacet.class
                        ? (org.apache.poi.poifs.crypt.dsig.facets.SignatureFacet)
                            new XlsxEveryPart()
                        : f)
            .toList());
    // saved once as POI saves it, so that the parts signed are byte for byte the parts written
    byte[] saved = resaved(xlsx);
    SequencedMap<String, byte[]> before = entries(saved);
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length * 2);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(saved))) {
      SignatureInfo info = new SignatureInfo();
      info.setSignatureConfig(config);
      info.setOpcPackage(pkg);
      info.setUriDereferencer(new XlsxPartBytes(before, info));
      info.confirmSignature();
      pkg.save(out);
    } catch (IOException | InvalidFormatException | XMLSignatureException | MarshalException e) {
      // the cause names a format or an algorithm, never key bytes
      throw new IllegalStateException("cannot sign the XLSX: " + e.getClass().getSimpleName(), e);
    }
    SequencedMap<String, byte[]> after = entries(out.toByteArray());
    before.forEach(
        (name, bytes) -> {
          // only the signature's bookkeeping may change (the content types and the package's
          // link to the signature origin, which the signature leaves out by design)
          boolean bookkeeping = name.equals("[Content_Types].xml") || name.equals("_rels/.rels");
          if (!bookkeeping && !java.util.Arrays.equals(bytes, after.get(name))) {
            throw new IllegalStateException("signing changed the part " + name);
          }
        });
    return CanonicalZip.write(after);
  }

  /**
   * Verifies the XLSX's signatures.
   *
   * @throws UnreadableFileException when the file is not a readable OOXML package
   */
  public static SignatureCheck verify(byte[] xlsx, TrustPolicy trust) {
    List<String> problems = new ArrayList<>();
    java.util.Map<String, byte[]> entries = null;
    try {
      entries = CanonicalZip.read(xlsx);
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
      if (entries != null) {
        info.setUriDereferencer(new XlsxPartBytes(entries, info));
      }
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
    if (entries != null) {
      // a verified signature still says nothing of the parts it does not name
      problems.addAll(XlsxCoverage.problems(entries));
    }
    return SignatureCheck.of(signer, chain, at, problems, trust);
  }

  private static byte[] resaved(byte[] xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length * 2);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      pkg.save(out);
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("cannot read the XLSX: " + e.getClass().getSimpleName(), e);
    }
    return out.toByteArray();
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
