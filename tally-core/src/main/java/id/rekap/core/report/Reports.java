package id.rekap.core.report;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Query: the official forms of a workspace, built from the recap. A form is made for the workspace
 * region or a kecamatan within it: a kab/kota workspace can thus also print the D.Hasil Kecamatan
 * of each of its kecamatan.
 */
public final class Reports {
  private final ComputeRecap recap;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final PlenaryRecords plenary;
  private final BiFunction<ContestCode, String, FormStamp> stamps;

  public Reports(
      ComputeRecap recap,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      PlenaryRecords plenary) {
    this(
        recap,
        election,
        tree,
        plenary,
        (c, r) -> plenary.adopted().test(c, r) ? officialWithoutDigest() : FormStamp.NONE);
  }

  /**
   * @param stamps where the adoption of a contest's result of a region code stands, with the audit
   *     head; the form is OFFICIAL only when the stamp is
   */
  public Reports(
      ComputeRecap recap,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      PlenaryRecords plenary,
      BiFunction<ContestCode, String, FormStamp> stamps) {
    this.recap = recap;
    this.election = election;
    this.tree = tree;
    this.plenary = plenary;
    this.stamps = stamps;
  }

  private static FormStamp officialWithoutDigest() {
    return new FormStamp(FormStamp.Kind.OFFICIAL, null, null, null, null, null);
  }

  /**
   * The settings of a form of a region (null: the workspace region) as the plenary left them: the
   * marking follows the adoption of that contest's recap of the region and the election's mode; the
   * committee is the stored one unless the caller names the signers.
   *
   * @param committee the signers, or empty for the workspace's committee
   */
  public ReportSettings settings(
      ContestCode code,
      RegionCode region,
      List<CommitteeMember> committee,
      Clock clock,
      String softwareVersion) {
    String where = region(region).value();
    FormStamp stamp = stamps.apply(code, where);
    Marking marking = Marking.of(stamp.official(), election.mode());
    List<CommitteeMember> signers = committee.isEmpty() ? plenary.committee().get() : committee;
    return new ReportSettings(signers, marking, clock, softwareVersion, stamp);
  }

  /**
   * Every D.Hasil of a contest for a region (null: the workspace region): one form, or one per
   * dapil present in the region for a party-list contest.
   */
  public List<FormDocument> dHasilForms(ContestCode code, RegionCode region, ReportSettings s) {
    Contest contest = recap.contest(code);
    if (contest.shape() != Shape.PARTY_LISTS) {
      return List.of(dHasil(code, region, null, s));
    }
    RegionCode where = region(region);
    Set<String> present = new TreeSet<>();
    RecapLevel childLevel =
        where.level() == RegionLevel.KECAMATAN ? RecapLevel.DESA : RecapLevel.KECAMATAN;
    for (RecapRow r : recap.run(code, childLevel)) {
      if (r.code().startsWith(where.value())) {
        present.addAll(r.dapils());
      }
    }
    List<FormDocument> out = new ArrayList<>();
    for (String dapil : present) {
      out.add(dHasil(code, where, dapil, s));
    }
    return out;
  }

  /** The D.Kejadian of the region with every objection and special event the plenary recorded. */
  public FormDocument dKejadian(ContestCode code, RegionCode region, ReportSettings settings) {
    RegionCode where = region(region);
    List<Incident> incidents =
        plenary.incidents(recap.contest(code), where, FormTexts.load("d-kejadian"));
    return dKejadian(code, where, incidents, settings);
  }

  /**
   * The re-votes of the contest's TPS under the region (null: the workspace region) as D.Kejadian
   * entries, each with the result it replaced, oldest first.
   */
  public List<Incident> revoteIncidents(ContestCode code, RegionCode region) {
    Contest contest = recap.contest(code);
    FormTexts texts = FormTexts.load("d-kejadian");
    List<Incident> out = new ArrayList<>();
    for (var r : plenary.revotes().apply(region(region).value())) {
      if (r.contest() == code) {
        out.add(RevoteIncidents.of(r, contest, texts));
      }
    }
    return out;
  }

  /**
   * The D.Hasil of a kecamatan (columns per desa) or kab/kota (columns per kecamatan).
   *
   * @param region the form's region; null for the workspace region
   * @param dapil a party-list contest's dapil; may be null when the region lies in one dapil only
   */
  public FormDocument dHasil(
      ContestCode code, RegionCode region, String dapil, ReportSettings settings) {
    Contest contest = recap.contest(code);
    RegionCode where = region(region);
    RecapLevel childLevel =
        switch (where.level()) {
          case KECAMATAN -> RecapLevel.DESA;
          case KABKOTA -> RecapLevel.KECAMATAN;
          default -> throw RekapException.usage("report.error.level", where.dotted());
        };
    List<RecapRow> columns = new ArrayList<>();
    for (RecapRow r : recap.run(code, childLevel)) {
      if (r.code().startsWith(where.value())) {
        columns.add(r);
      }
    }
    Dapil d = null;
    if (contest.shape() == Shape.PARTY_LISTS) {
      d = dapil(contest, columns, dapil);
      String chosen = d.code();
      columns.removeIf(r -> !r.dapils().contains(chosen));
    }
    return DHasilForm.build(
            new DHasilForm.Input(election, contest, lineage(where), d, columns), settings)
        .withStamp(settings.stamp());
  }

  /** The D.Kejadian Khusus dan/atau Keberatan of the region (null: the workspace region). */
  public FormDocument dKejadian(
      ContestCode code, RegionCode region, List<Incident> incidents, ReportSettings settings) {
    Contest contest = recap.contest(code);
    return DKejadianForm.build(election, contest, lineage(region(region)), incidents, settings)
        .withStamp(settings.stamp());
  }

  private RegionCode region(RegionCode asked) {
    RegionCode root = tree.get().root();
    RegionCode where = asked == null ? root : asked;
    if (!where.isWithin(root)) {
      throw RekapException.usage("report.error.region", where.dotted(), root.dotted());
    }
    if (where.level() != RegionLevel.KECAMATAN && where.level() != RegionLevel.KABKOTA) {
      throw RekapException.usage("report.error.level", where.dotted());
    }
    return where;
  }

  private List<Region> lineage(RegionCode where) {
    List<Region> out = new ArrayList<>();
    for (RegionLevel level : RegionLevel.values()) {
      where.at(level).ifPresent(c -> out.add(new Region(c, tree.get().nameOf(c))));
    }
    return out;
  }

  private static Dapil dapil(Contest contest, List<RecapRow> columns, String asked) {
    Set<String> present = new TreeSet<>();
    columns.forEach(r -> present.addAll(r.dapils()));
    if (asked == null && present.size() == 1) {
      asked = present.iterator().next();
    }
    if (asked == null || !present.contains(asked)) {
      throw RekapException.usage("report.error.dapil", contest.code(), String.join(", ", present));
    }
    return contest.dapil(asked).orElseThrow();
  }
}
