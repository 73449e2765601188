package id.rekap.core.report;

import id.rekap.core.check.Finding;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.recap.Tally;
import id.rekap.core.region.LocalZone;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a D.Hasil Kecamatan (one column per desa/kelurahan) or D.Hasil Kabupaten/Kota (one column
 * per kecamatan), each followed by the total column, from recap rows: the berita acara's opening,
 * the certificate, the annex on the data's completeness, and the closing with every signature.
 * Pure: no store, no clock beyond the settings.
 */
public final class DHasilForm {
  private static final float NO_WIDTH = 22;
  private static final float LABEL_WIDTH = 190;
  private static final float SEX_WIDTH = 17;
  private static final float VALUE_WIDTH = 34;

  private DHasilForm() {}

  /**
   * What a D.Hasil is made of.
   *
   * @param lineage the regions from the province down to the form's region (a kab/kota or a
   *     kecamatan)
   * @param dapil the dapil of a party-list contest (null for candidate ballots)
   * @param columns the recap rows of the child regions, in code order
   * @param tps the recap rows of the TPS under the region (for the annex; may be empty)
   * @param errors the open ERROR findings of the contest under the region (may be empty)
   * @param plenary what the plenary recorded (session, adoption, copy)
   * @param names the names of the regions under the form's region by code (for the annex)
   */
  public record Input(
      ElectionDefinition election,
      Contest contest,
      List<Region> lineage,
      Dapil dapil,
      List<RecapRow> columns,
      List<RecapRow> tps,
      List<Finding> errors,
      PlenaryContext plenary,
      Map<String, String> names) {
    public Input {
      lineage = List.copyOf(lineage);
      columns = List.copyOf(columns);
      tps = List.copyOf(tps);
      errors = List.copyOf(errors);
      names = Map.copyOf(names);
      if (contest.shape() == Shape.PARTY_LISTS && dapil == null) {
        throw new IllegalArgumentException("a party-list form needs its dapil");
      }
    }

    /** A form from recap rows alone: no TPS detail, no findings, nothing recorded. */
    public Input(
        ElectionDefinition election,
        Contest contest,
        List<Region> lineage,
        Dapil dapil,
        List<RecapRow> columns) {
      this(
          election,
          contest,
          lineage,
          dapil,
          columns,
          List.of(),
          List.of(),
          PlenaryContext.NONE,
          Map.of());
    }

    public Region region() {
      return lineage.getLast();
    }
  }

  /**
   * The form id of a region level: {@code d-hasil-kecamatan}, {@code d-hasil-kabkota} or {@code
   * d-hasil-provinsi}.
   */
  public static String formId(RegionLevel level) {
    if (level == RegionLevel.DESA) {
      throw new IllegalArgumentException("no D.Hasil at level " + level);
    }
    return "d-hasil-" + level.id();
  }

  public static FormDocument build(Input in, ReportSettings settings) {
    String form = formId(in.region().level());
    FormTexts t = FormTexts.load(form).forProvince(FormWords.province(in.lineage()));
    Map<String, String> w = FormWords.of(t, in.election(), in.lineage());
    String key = FormWords.contestKey(in.contest().code(), in.lineage());
    LocalZone zone = LocalZone.of(in.region().code());
    // the columns are the level just below the form's region
    String unitKey = in.region().level().child().orElseThrow().id();

    Tally total = new Tally();
    List<FormTable.Column> cols = new ArrayList<>();
    cols.add(new FormTable.Column(t.get("column.number"), null, NO_WIDTH, false));
    cols.add(new FormTable.Column(t.get("column.label"), null, LABEL_WIDTH, false));
    cols.add(new FormTable.Column(t.get("column.sex"), null, SEX_WIDTH, false));
    for (RecapRow r : in.columns()) {
      total.add(r.tally());
      cols.add(new FormTable.Column(r.name(), r.code(), VALUE_WIDTH, true));
    }
    cols.add(
        new FormTable.Column(
            t.get("column.total"), in.region().code().value(), VALUE_WIDTH + 6, true));
    FormTable grid =
        new FormTable(
            cols,
            DHasilRows.FROZEN,
            DHasilRows.of(t, w, in.election(), in.contest(), key, in.dapil(), in.columns(), total));
    List<FormDocument.HeaderField> header = header(t, in);
    String id =
        String.join(
            "-",
            form,
            in.contest().code().id(),
            in.region().code().value()
                + (in.dapil() == null ? "" : "-" + in.dapil().code().toLowerCase(Locale.ROOT)));
    String digest = CanonicalData.digest(id, header, List.of(grid));

    DataNotes.Result notes =
        DataNotes.of(
            t,
            in.contest(),
            in.dapil(),
            in.columns(),
            total,
            in.tps(),
            in.errors(),
            in.region().code().value(),
            in.names());
    List<FormBlock> body = new ArrayList<>();
    body.add(
        new FormBlock.Grid(
            t.get("caption.grid"),
            grid,
            t.get("unit." + unitKey),
            t.get("unit.upper." + unitKey),
            in.columns().size(),
            notes.columnNotes(),
            marked(grid) || !notes.columnNotes().isEmpty()
                ? List.of(t.get("note.legend"))
                : List.of()));
    if (!notes.annex().isEmpty()) {
      body.add(
          new FormBlock.Listing(
              t.get("annex.caption"),
              List.of(t.get("annex.intro")),
              annexTable(t, notes.annex()),
              true));
    }

    PlenaryContext plenary = in.plenary();
    BeritaAcara ba = new BeritaAcara(t, w, zone);
    Map<String, String> opening = ba.session(plenary.session(), in.contest().code());
    opening.put("election", t.fill("election.text." + key, w));
    List<String> notices = new ArrayList<>();
    List<FormDocument.SignatureBlock> blocks = new ArrayList<>();
    if (plenary.copyBy() != null) {
      Map<String, String> copy = new HashMap<>(w);
      copy.put("printer", plenary.copyBy());
      notices.add(t.fill("copy.notice", copy));
      blocks.add(
          Signatures.committee(
              t, t.get("copy.signers") + " " + plenary.copyBy(), settings.committee(), null));
    } else {
      blocks.add(
          Signatures.committee(
              t, t.fill("sig.members.title", w), settings.committee(), plenary.session()));
      blocks.add(
          Signatures.saksi(t, w, in.election(), in.contest(), key, in.dapil(), plenary.session()));
    }
    List<String> closingLines =
        plenary.copyBy() == null
            ? List.of(t.fill("closing.statement", w), ba.closing(plenary.adoptedAt()))
            : List.of(
                t.format(
                    "copy.printed",
                    ba.date(settings.clock().instant()),
                    ba.time(settings.clock().instant())));
    FormDocument.Closing closing =
        new FormDocument.Closing(
            closingLines,
            blocks,
            plenary.copyBy() == null ? Signatures.panwaslu(t, w, plenary.session()) : List.of());
    FormDocument.Heading heading =
        new FormDocument.Heading(
            t.fill("form.code", w).replace("{0}", t.get("contest." + key)),
            List.of(
                t.fill("title.1", w) + " " + t.fill("title.2", w),
                t.fill("election." + key, w),
                t.fill("election.year", w)),
            header,
            notices,
            List.of(t.fill("opening", opening)));
    FormDocument.Identity identity =
        new FormDocument.Identity(
            id,
            digest,
            id + "-" + settings.marking().id(),
            settings.marking(),
            settings.stamp(),
            Generated.at(settings.clock(), zone.zone()),
            zone.label(),
            settings.softwareVersion());
    return new FormDocument(
        identity, t, heading, body, closing, Signatures.paraf(t, settings.committee()));
  }

  /** Whether any value cell is partial or blank: then the page explains the marks. */
  private static boolean marked(FormTable grid) {
    for (FormTable.Row r : grid.rows()) {
      if (!r.hasValues()) {
        continue;
      }
      for (int c = grid.frozen(); c < r.cells().size(); c++) {
        Object v = r.cells().get(c);
        if (v == null || v instanceof FormTable.Partial) {
          return true;
        }
      }
    }
    return false;
  }

  static FormTable annexTable(FormTexts t, List<FormTable.Row> rows) {
    List<FormTable.Column> cols =
        List.of(
            new FormTable.Column(t.get("column.number"), null, 22, false),
            new FormTable.Column(t.get("annex.column.place"), null, 190, false),
            new FormTable.Column(t.get("annex.column.data"), null, 110, false),
            new FormTable.Column(t.get("annex.column.rule"), null, 200, false),
            new FormTable.Column(t.get("annex.column.note"), null, 270, false));
    return new FormTable(cols, cols.size(), rows);
  }

  private static List<FormDocument.HeaderField> header(FormTexts t, Input in) {
    List<FormDocument.HeaderField> h = new ArrayList<>();
    boolean kota = FormWords.isKota(in.lineage());
    for (Region r : in.lineage()) {
      String label =
          r.level() == RegionLevel.KABKOTA
              ? t.get("header.kabkota." + (kota ? "kota" : "kabupaten"))
              : t.get("header." + r.level().id());
      h.add(new FormDocument.HeaderField(label, r.name() + " (" + r.code().dotted() + ")"));
    }
    if (in.dapil() != null) {
      h.add(
          new FormDocument.HeaderField(
              t.get("header.dapil"), in.dapil().name() + " (" + in.dapil().code() + ")"));
    }
    return h;
  }
}
