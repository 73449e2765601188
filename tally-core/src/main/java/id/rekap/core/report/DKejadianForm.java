package id.rekap.core.report;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the D.Kejadian Khusus dan/atau Keberatan form: every special event and objection of the
 * plenary for one contest, or a single "NIHIL" row when there were none (an empty form could be
 * filled in afterwards; NIHIL cannot).
 */
public final class DKejadianForm {
  public static final String FORM = "d-kejadian";
  private static final String[] COLUMNS = {
    "column.number",
    "column.kind",
    "column.place",
    "column.raisedBy",
    "column.text",
    "column.response",
    "column.decision"
  };
  private static final float[] WIDTHS = {24, 70, 70, 100, 200, 150, 120};

  private DKejadianForm() {}

  /**
   * @param lineage the regions from the province down to the form's region
   * @param incidents in the order they were raised
   */
  public static FormDocument build(
      ElectionDefinition election,
      Contest contest,
      List<Region> lineage,
      List<Incident> incidents,
      ReportSettings settings) {
    FormTexts t = FormTexts.load(FORM);
    Region region = lineage.getLast();
    List<FormTable.Column> cols = new ArrayList<>();
    for (int i = 0; i < COLUMNS.length; i++) {
      cols.add(new FormTable.Column(t.get(COLUMNS[i]), null, WIDTHS[i], false));
    }
    List<FormTable.Row> rows = new ArrayList<>();
    int n = 1;
    for (Incident e : incidents) {
      rows.add(
          new FormTable.Row(
              FormTable.Kind.DATA,
              List.of(
                  Integer.toString(n++),
                  text(e.kind()),
                  text(e.placeCode()),
                  text(e.raisedBy()),
                  text(e.text()),
                  text(e.response()),
                  text(e.decision()))));
    }
    if (rows.isEmpty()) {
      rows.add(
          new FormTable.Row(FormTable.Kind.TOTAL, List.of("", "", "", "", t.get("none"), "", "")));
    }
    FormTable table = new FormTable(cols, cols.size(), rows);
    List<FormDocument.HeaderField> header = new ArrayList<>();
    header.add(new FormDocument.HeaderField(t.get("header.election"), election.name()));
    header.add(new FormDocument.HeaderField(t.get("header.contest"), contest.name()));
    for (Region r : lineage) {
      header.add(
          new FormDocument.HeaderField(
              t.get("header." + r.level().id()), r.name() + " (" + r.code().dotted() + ")"));
    }
    String id = String.join("-", FORM, contest.code().id(), region.code().value());
    String digest = CanonicalData.digest(id, header, List.of(table));
    String level = region.level() == RegionLevel.KECAMATAN ? "kecamatan" : "kabkota";
    FormDocument.Section committee =
        Signatures.committee(t, t.get("committee.title." + level), settings.committee());
    return new FormDocument(
        id,
        digest,
        id + "-" + settings.marking().id(),
        settings.marking(),
        t,
        List.of(
            t.format("form.code", t.get("contest." + contest.code().id())),
            t.get("form.title.1"),
            t.get("form.title.2")),
        header,
        List.of(new FormDocument.Section(t.get("caption.grid"), table), committee),
        Generated.at(settings.clock(), region.code().value()),
        settings.softwareVersion());
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
