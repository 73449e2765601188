package id.rekap.core.report;

import id.rekap.core.common.Json;
import id.rekap.signing.Sha256;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical data of a form and its SHA-256: the header fields and the data tables as ordered
 * JSON. Signature blocks, marking, clock and software version are left out on purpose: the digest
 * identifies the numbers, so a DRAFT and the OFFICIAL print of the same recap match.
 */
public final class CanonicalData {
  private CanonicalData() {}

  /** The canonical JSON text. */
  public static String json(
      String documentId, List<FormDocument.HeaderField> header, List<FormTable> data) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("document", documentId);
    List<List<String>> fields = new ArrayList<>();
    for (FormDocument.HeaderField f : header) {
      fields.add(List.of(f.label(), f.value()));
    }
    doc.put("header", fields);
    List<Object> tables = new ArrayList<>();
    for (FormTable t : data) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(
          "columns",
          t.columns().stream().map(c -> c.code() == null ? c.header() : c.code()).toList());
      m.put("rows", t.rows().stream().map(CanonicalData::cells).toList());
      tables.add(m);
    }
    doc.put("tables", tables);
    return Json.canonicalOrdered(doc);
  }

  /** A partial count is kept apart from a complete one: the same number, not the same data. */
  private static List<Object> cells(FormTable.Row row) {
    List<Object> out = new ArrayList<>(row.cells().size());
    for (Object c : row.cells()) {
      out.add(c instanceof FormTable.Partial p ? Map.of("partial", p.value()) : c);
    }
    return out;
  }

  /** SHA-256 (hex) of the canonical JSON. */
  public static String digest(
      String documentId, List<FormDocument.HeaderField> header, List<FormTable> data) {
    return Sha256.hex(json(documentId, header, data));
  }
}
