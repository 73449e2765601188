package id.rekap.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;

/**
 * PAdES baseline B-B signatures of PDF files: an incremental update adds a signature field whose
 * {@code /Contents} holds a detached CMS ({@link CmsSigner}: SHA-256, ESS signing-certificate-v2,
 * the certificate included) over the {@code /ByteRange}, which is the whole file except that hex
 * string; {@code /SubFilter ETSI.CAdES.detached}. The claimed signing time is the dictionary's
 * {@code /M}: PAdES forbids the CMS signing-time attribute. {@code pdfsig} checks the result.
 */
public final class PdfSignature {
  /** Room reserved for the CMS: an RSA-3072 signature and a chain of a few certificates. */
  static final int RESERVED_BYTES = 12 * 1024;

  private PdfSignature() {}

  /** The signed PDF: the original bytes followed by the signing revision. */
  public static byte[] sign(byte[] pdf, SigningKey key, Clock clock) {
    TallyCentre centre = TallyCentre.of(key.certificate());
    try (PDDocument doc = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(centre.name());
      signature.setLocation(centre.regionCode());
      signature.setReason("Rekapitulasi " + centre.level() + " " + centre.regionCode());
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
      when.setTimeInMillis(clock.millis());
      signature.setSignDate(when);
      options.setPreferredSignatureSize(RESERVED_BYTES);
      doc.addSignature(
          signature, content -> CmsSigner.sign(content.readAllBytes(), key, null), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_BYTES + 4096);
      doc.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sign the PDF", e);
    }
  }

  /**
   * Verifies every signature of the PDF; the file is intact only when one of them covers the whole
   * file and all of them check out.
   *
   * @throws UnreadableFileException when the file cannot be read as a PDF at all
   */
  public static SignatureCheck verify(byte[] pdf, TrustPolicy trust) {
    List<Found> found = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDSignature s : doc.getSignatureDictionaries()) {
        found.add(
            new Found(
                s.getByteRange(),
                s.getSubFilter(),
                Optional.ofNullable(s.getSignDate()).map(c -> c.toInstant())));
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "PDF: cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (found.isEmpty()) {
      return SignatureCheck.unsigned();
    }
    List<String> problems = new ArrayList<>();
    Found whole = null;
    CmsChecks.Outcome wholeOutcome = null;
    for (Found f : found) {
      Optional<String> rangeProblem = rangeProblem(f.byteRange(), pdf.length);
      if (rangeProblem.isPresent()) {
        problems.add(rangeProblem.get());
        continue;
      }
      if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(f.subFilter())) {
        problems.add("unsupported signature SubFilter " + f.subFilter());
      }
      int[] r = f.byteRange();
      Optional<byte[]> cms = contents(pdf, r[1], r[2]);
      if (cms.isEmpty()) {
        problems.add("the signature's /Contents is not the canonical hex of one CMS structure");
        continue;
      }
      byte[] signed = new byte[r[1] + r[3]];
      System.arraycopy(pdf, 0, signed, 0, r[1]);
      System.arraycopy(pdf, r[2], signed, r[1], r[3]);
      CmsChecks.Outcome outcome = CmsChecks.verify(signed, cms.get());
      problems.addAll(outcome.problems());
      if (r[2] + r[3] == pdf.length) {
        whole = f;
        wholeOutcome = outcome;
      }
    }
    if (whole == null) {
      problems.add("no signature covers the whole file (bytes were added after signing)");
      return new SignatureCheck(
          Optional.empty(), Optional.empty(), Optional.empty(), false, false, problems);
    }
    if (wholeOutcome.signer().isEmpty()) {
      return new SignatureCheck(
          Optional.empty(), Optional.empty(), whole.signDate(), false, false, problems);
    }
    X509Certificate cert = wholeOutcome.signer().get();
    return SignatureCheck.of(cert, wholeOutcome.certificates(), whole.signDate(), problems, trust);
  }

  private record Found(int[] byteRange, String subFilter, Optional<Instant> signDate) {}

  /** [0, a, b, c]: from the start, one gap, the rest within the file. */
  private static Optional<String> rangeProblem(int[] r, int length) {
    if (r == null
        || r.length != 4
        || r[0] != 0
        || r[1] <= 0
        || r[2] <= r[1] + 1
        || r[3] < 0
        || (long) r[2] + r[3] > length) {
      return Optional.of("the signature's /ByteRange is malformed");
    }
    return Optional.empty();
  }

  /**
   * The CMS in the gap of the byte range, when the gap is exactly {@code <hex>} (one letter case),
   * the CMS in DER and only zero bytes after it: those bytes are outside the signed range, so any
   * other form could hide a change.
   */
  private static Optional<byte[]> contents(byte[] pdf, int from, int to) {
    if (pdf[from] != '<' || pdf[to - 1] != '>' || (to - from - 2) % 2 != 0) {
      return Optional.empty();
    }
    String hex = new String(pdf, from + 1, to - from - 2, StandardCharsets.US_ASCII);
    boolean lower = hex.chars().anyMatch(c -> c >= 'a' && c <= 'f');
    boolean upper = hex.chars().anyMatch(c -> c >= 'A' && c <= 'F');
    if (lower && upper || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return Optional.empty();
    }
    byte[] raw = HexFormat.of().parseHex(hex);
    try (ASN1InputStream in = new ASN1InputStream(raw)) {
      byte[] der = in.readObject().getEncoded(ASN1Encoding.DER);
      if (der.length > raw.length) {
        return Optional.empty();
      }
      for (int i = 0; i < raw.length; i++) {
        if (i < der.length ? raw[i] != der[i] : raw[i] != 0) {
          return Optional.empty();
        }
      }
      return Optional.of(der);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
