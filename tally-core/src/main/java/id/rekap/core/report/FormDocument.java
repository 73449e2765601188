package id.rekap.core.report;

import java.util.List;

/**
 * A form ready to be written as PDF or XLSX: the title lines, the header fields, the tables, and
 * what identifies it. {@code digest} is the SHA-256 of the canonical data (see {@link
 * CanonicalData}), so two files with the same digest carry the same numbers.
 *
 * @param documentId a readable, stable id: form, contest, region (and dapil)
 * @param fileStem a file name without extension that carries the marking
 * @param generated the generation time (from the injected clock)
 */
public record FormDocument(
    String documentId,
    String digest,
    String fileStem,
    Marking marking,
    FormTexts texts,
    List<String> title,
    List<HeaderField> header,
    List<Section> sections,
    java.time.ZonedDateTime generated,
    String softwareVersion,
    FormStamp stamp) {
  public FormDocument {
    title = List.copyOf(title);
    header = List.copyOf(header);
    sections = List.copyOf(sections);
  }

  /** A form without a stamp yet ({@link #withStamp} adds the adoption and the audit head). */
  public FormDocument(
      String documentId,
      String digest,
      String fileStem,
      Marking marking,
      FormTexts texts,
      List<String> title,
      List<HeaderField> header,
      List<Section> sections,
      java.time.ZonedDateTime generated,
      String softwareVersion) {
    this(
        documentId,
        digest,
        fileStem,
        marking,
        texts,
        title,
        header,
        sections,
        generated,
        softwareVersion,
        FormStamp.NONE);
  }

  /** The same form with what it says about its adoption and the store it came from. */
  public FormDocument withStamp(FormStamp s) {
    return new FormDocument(
        documentId,
        digest,
        fileStem,
        marking,
        texts,
        title,
        header,
        sections,
        generated,
        softwareVersion,
        s);
  }

  /** The stamp line as printed (adoption or why DRAFT, and the audit head). */
  public String stampText() {
    return stamp.line(texts, generated.getZone());
  }

  /** A "label: value" line of the header (Provinsi: DKI JAKARTA (31)). */
  public record HeaderField(String label, String value) {}

  /** A captioned table; {@code caption} may be empty. */
  public record Section(String caption, FormTable table) {}

  /** The generation time as printed. */
  public String generatedAt() {
    return Generated.format(generated);
  }

  /** The marking as printed. */
  public String markingText() {
    return texts.get("marking." + marking.id());
  }

  /** What the QR code of every page carries. */
  public String qrContent() {
    return "rekap:" + documentId + ";sha256=" + digest + stamp.payload();
  }
}
