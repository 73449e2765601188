package id.rekap.core.report;

import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.recap.Tally;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a D.Hasil Kecamatan (one column per desa/kelurahan) or D.Hasil Kabupaten/Kota (one column
 * per kecamatan), each followed by the total column, from recap rows. Pure: no store, no clock
 * beyond the settings.
 */
public final class DHasilForm {
  private static final float NO_WIDTH = 30;
  private static final float LABEL_WIDTH = 215;
  private static final float VALUE_WIDTH = 50;

  private DHasilForm() {}

  /**
   * What a D.Hasil is made of.
   *
   * @param lineage the regions from the province down to the form's region (a kab/kota or a
   *     kecamatan)
   * @param dapil the dapil of a party-list contest (null for candidate ballots)
   * @param columns the recap rows of the child regions, in code order
   */
  public record Input(
      ElectionDefinition election,
      Contest contest,
      List<Region> lineage,
      Dapil dapil,
      List<RecapRow> columns) {
    public Input {
      lineage = List.copyOf(lineage);
      columns = List.copyOf(columns);
      if (contest.shape() == Shape.PARTY_LISTS && dapil == null) {
        throw new IllegalArgumentException("a party-list form needs its dapil");
      }
    }

    public Region region() {
      return lineage.getLast();
    }
  }

  /** The form id of a region level: {@code d-hasil-kecamatan} or {@code d-hasil-kabkota}. */
  public static String formId(RegionLevel level) {
    if (level != RegionLevel.KECAMATAN && level != RegionLevel.KABKOTA) {
      throw new IllegalArgumentException("no D.Hasil at level " + level);
    }
    return "d-hasil-" + level.id();
  }

  public static FormDocument build(Input in, ReportSettings settings) {
    String form = formId(in.region().level());
    FormTexts t = FormTexts.load(form, "block-iv-" + in.contest().shape().id());
    String contestLabel = t.get("contest." + in.contest().code().id());
    List<Tally> tallies = new ArrayList<>();
    Tally total = new Tally();
    List<FormTable.Column> cols = new ArrayList<>();
    cols.add(new FormTable.Column(t.get("column.number"), null, NO_WIDTH, false));
    cols.add(new FormTable.Column(t.get("column.label"), null, LABEL_WIDTH, false));
    for (RecapRow r : in.columns()) {
      tallies.add(r.tally());
      total.add(r.tally());
      cols.add(new FormTable.Column(r.name(), r.code(), VALUE_WIDTH, true));
    }
    tallies.add(total);
    cols.add(new FormTable.Column(t.get("column.total"), in.region().code().value(), 56, true));
    FormTable grid =
        new FormTable(cols, 2, DHasilRows.of(t, in.election(), in.contest(), in.dapil(), tallies));
    List<FormDocument.HeaderField> header = header(t, in);
    String id =
        String.join(
            "-",
            form,
            in.contest().code().id(),
            in.region().code().value()
                + (in.dapil() == null ? "" : "-" + in.dapil().code().toLowerCase(Locale.ROOT)));
    String digest = CanonicalData.digest(id, header, List.of(grid));
    List<FormDocument.Section> sections =
        List.of(
            new FormDocument.Section(t.get("caption.grid"), grid),
            Signatures.committee(t, t.get("committee.title"), settings.committee()),
            Signatures.saksi(t, in.election(), in.contest(), in.dapil()));
    return new FormDocument(
        id,
        digest,
        id + "-" + settings.marking().id(),
        settings.marking(),
        t,
        List.of(t.format("form.code", contestLabel), t.get("form.title.1"), t.get("form.title.2")),
        header,
        sections,
        Generated.at(settings.clock(), in.region().code().value()),
        settings.softwareVersion());
  }

  private static List<FormDocument.HeaderField> header(FormTexts t, Input in) {
    List<FormDocument.HeaderField> h = new ArrayList<>();
    h.add(new FormDocument.HeaderField(t.get("header.election"), in.election().name()));
    h.add(new FormDocument.HeaderField(t.get("header.contest"), in.contest().name()));
    for (Region r : in.lineage()) {
      h.add(
          new FormDocument.HeaderField(
              t.get("header." + r.level().id()), r.name() + " (" + r.code().dotted() + ")"));
    }
    if (in.dapil() != null) {
      h.add(
          new FormDocument.HeaderField(
              t.get("header.dapil"), in.dapil().name() + " (" + in.dapil().code() + ")"));
    }
    return h;
  }
}
