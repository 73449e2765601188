package id.rekap.core.report;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A form ready to be written as PDF or XLSX, in the order the paper reads: the heading (form code,
 * title, region, the berita acara's opening), the body (the certificate's grid, the annex, the
 * D.Kejadian table) and the closing (where and when it was adopted, the signature blocks), plus the
 * committee's initials strip for every page the signatures are not on.
 *
 * @param paraf the labels of the initials boxes (one per committee member); empty for none
 */
public record FormDocument(
    Identity identity,
    FormTexts texts,
    Heading heading,
    List<FormBlock> body,
    Closing closing,
    List<String> paraf) {
  public FormDocument {
    body = List.copyOf(body);
    paraf = List.copyOf(paraf);
  }

  /**
   * What identifies the document on every page and in its file.
   *
   * @param documentId a readable, stable id: form, contest, region (and dapil)
   * @param digest SHA-256 of the canonical data (see {@link CanonicalData}): two files with the
   *     same digest carry the same numbers; the QR code carries it
   * @param fileStem a file name without extension that carries the marking
   * @param stamp what the form says about its adoption (digest and time, or why it is a DRAFT) and
   *     the audit head when it was made; printed on every page and carried in the QR code
   * @param generated the generation time, in the tally centre's zone
   * @param zoneLabel WIB, WITA or WIT
   */
  public record Identity(
      String documentId,
      String digest,
      String fileStem,
      Marking marking,
      FormStamp stamp,
      ZonedDateTime generated,
      String zoneLabel,
      String softwareVersion) {}

  /**
   * The top of the document.
   *
   * @param formCode the model code in its box (MODEL D.HASIL KECAMATAN-PPWP)
   * @param title the title lines, the election line among them
   * @param fields the region lines (Provinsi: …)
   * @param notices lines every page carries in full (a copy's notice); empty for none
   * @param opening the berita acara's opening paragraphs, on the first page
   */
  public record Heading(
      String formCode,
      List<String> title,
      List<HeaderField> fields,
      List<String> notices,
      List<String> opening) {
    public Heading {
      title = List.copyOf(title);
      fields = List.copyOf(fields);
      notices = List.copyOf(notices);
      opening = List.copyOf(opening);
    }
  }

  /** The same form with what it says about its adoption and the store it came from. */
  public FormDocument withStamp(FormStamp s) {
    Identity i = identity;
    return new FormDocument(
        new Identity(
            i.documentId(),
            i.digest(),
            i.fileStem(),
            i.marking(),
            s,
            i.generated(),
            i.zoneLabel(),
            i.softwareVersion()),
        texts,
        heading,
        body,
        closing,
        paraf);
  }

  public FormStamp stamp() {
    return identity.stamp();
  }

  /**
   * The stamp line as printed (adoption or why DRAFT, and the audit head), in local time; empty on
   * a blank form, which carries no data to have been adopted.
   */
  public String stampText() {
    if (identity.marking() == Marking.BLANK) {
      return "";
    }
    return identity.stamp().line(texts, identity.generated().getZone(), identity.zoneLabel());
  }

  /** A "label: value" line of the header (Provinsi: DKI JAKARTA (31)). */
  public record HeaderField(String label, String value) {}

  /**
   * The end of the document, kept together on the last page: the adoption line(s), the signature
   * blocks, and lines after them (who else attended).
   */
  public record Closing(List<String> lines, List<SignatureBlock> blocks, List<String> after) {
    public Closing {
      lines = List.copyOf(lines);
      blocks = List.copyOf(blocks);
      after = List.copyOf(after);
    }
  }

  /** A titled block of signature cells, {@code perRow} to a row. */
  public record SignatureBlock(String title, List<SignatureCell> cells, int perRow) {
    public SignatureBlock {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One person's cell: who signs ("1. KETUA", "Partai Politik nomor urut 2"), what they stand for
   * (the party's or pair's name, may be empty), the name (empty: a line to write it by hand), and a
   * note instead of a signature space ("(tidak hadir)"; empty when they may sign).
   */
  public record SignatureCell(String heading, String stands, String name, String note) {}

  public String documentId() {
    return identity.documentId();
  }

  public String digest() {
    return identity.digest();
  }

  public String fileStem() {
    return identity.fileStem();
  }

  public Marking marking() {
    return identity.marking();
  }

  public ZonedDateTime generated() {
    return identity.generated();
  }

  public String softwareVersion() {
    return identity.softwareVersion();
  }

  public String formCode() {
    return heading.formCode();
  }

  public List<String> title() {
    return heading.title();
  }

  public List<HeaderField> header() {
    return heading.fields();
  }

  /** The generation time as printed, local time with its zone label (WIB). */
  public String generatedAt() {
    return Generated.format(identity.generated(), identity.zoneLabel());
  }

  /** The marking as printed (RESMI, DRAF, UJI COBA, BLANKO). */
  public String markingText() {
    return texts.get("marking." + identity.marking().id());
  }

  public String markingNote() {
    return texts.get("marking.note." + identity.marking().id());
  }

  /** The grids of the body (a D.Hasil has one). */
  public List<FormBlock.Grid> grids() {
    return body.stream()
        .filter(FormBlock.Grid.class::isInstance)
        .map(FormBlock.Grid.class::cast)
        .toList();
  }

  /** What the QR code of every page carries. */
  public String qrContent() {
    return "rekap:"
        + identity.documentId()
        + ";sha256="
        + identity.digest()
        + identity.stamp().payload();
  }
}
