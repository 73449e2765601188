// Over 400 lines: the one query that gathers what every form kind prints (recap, committee,
// session, adoption stamp, errors, re-votes) for one settings object; each kind's assembly could
// move into a class of its own.
package id.rekap.core.report;

import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Shape;
import id.rekap.core.plenary.PlenaryRepository.ObjectionRow;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.recap.Recap;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.recap.Tally;
import id.rekap.core.region.LocalZone;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.TpsResult;
import id.rekap.core.revote.Revote;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Query: the official forms of a workspace, built from the recap and what the plenary recorded. A
 * form is made for the workspace region or a kecamatan within it: a kab/kota workspace can thus
 * also print the D.Hasil Kecamatan of each of its kecamatan, which then says plainly that it is a
 * copy (the PPK signs its own).
 */
public final class Reports {
  private final ComputeRecap recap;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final PlenaryRecords plenary;
  private final Map<ContestCode, List<Finding>> errors = new EnumMap<>(ContestCode.class);
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
   * The settings of the D.Kejadian of a region: marked OFFICIAL once every contest's recap of the
   * region is adopted as it stands. Its stamp is the first contest's that is not (saying why the
   * form is a DRAFT), else the latest adoption's, the one that made the form OFFICIAL.
   */
  public ReportSettings kejadianSettings(
      RegionCode region, List<CommitteeMember> committee, Clock clock, String softwareVersion) {
    String where = region(region).value();
    FormStamp stamp = null;
    for (Contest c : election.contests()) {
      FormStamp s = stamps.apply(c.code(), where);
      if (!s.official()) {
        stamp = s;
        break;
      }
      if (stamp == null || later(s, stamp)) {
        stamp = s;
      }
    }
    if (stamp == null) {
      stamp = FormStamp.NONE;
    }
    List<CommitteeMember> signers = committee.isEmpty() ? plenary.committee().get() : committee;
    return new ReportSettings(
        signers, Marking.of(stamp.official(), election.mode()), clock, softwareVersion, stamp);
  }

  private static boolean later(FormStamp a, FormStamp b) {
    if (a.adoptedAt() == null || b.adoptedAt() == null) {
      return b.adoptedAt() == null && a.adoptedAt() != null;
    }
    try {
      return Instant.parse(a.adoptedAt()).isAfter(Instant.parse(b.adoptedAt()));
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
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
    refuseAboveItsLevel(contest, where);
    Set<String> present = new TreeSet<>();
    for (RecapRow r : recap.run(code, childLevel(where))) {
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

  /**
   * The D.Hasil of a kecamatan (columns per desa), a kab/kota (columns per kecamatan) or a province
   * (columns per kab/kota).
   *
   * @param region the form's region; null for the workspace region
   * @param dapil a party-list contest's dapil; may be null when the region lies in one dapil only
   */
  public FormDocument dHasil(
      ContestCode code, RegionCode region, String dapil, ReportSettings settings) {
    Contest contest = recap.contest(code);
    RegionCode where = region(region);
    refuseAboveItsLevel(contest, where);
    RegionTree regions = tree.get();
    Collection<TpsResult> adopted = recap.adopted(code);
    List<RecapRow> columns =
        under(where, Recap.compute(contest, regions, childLevel(where), adopted));
    Dapil d = null;
    if (contest.shape() == Shape.PARTY_LISTS) {
      d = dapil(contest, columns, dapil);
      String chosen = d.code();
      columns.removeIf(r -> !r.dapils().contains(chosen));
    }
    List<RecapRow> tps = tpsDetail(contest, regions, adopted, columns, d);
    List<RecapRow> kept = columns;
    // missing TPS (R17) are listed from the recap's own counts, TPS by TPS
    List<Finding> open =
        errors(code).stream()
            .filter(f -> !f.rule().equals("R17"))
            .filter(
                f ->
                    f.code().equals(where.value())
                        || kept.stream().anyMatch(c -> f.code().startsWith(c.code())))
            .toList();
    Map<String, String> names = new java.util.HashMap<>();
    for (RegionLevel level :
        List.of(RegionLevel.KABKOTA, RegionLevel.KECAMATAN, RegionLevel.DESA)) {
      if (level.digits() >= where.value().length()) {
        for (Region r : regions.regionsAt(level)) {
          if (r.code().isWithin(where)) {
            names.put(r.code().value(), r.name());
          }
        }
      }
    }
    return DHasilForm.build(
        new DHasilForm.Input(
            election, contest, lineage(where), d, columns, tps, open, context(code, where), names),
        settings);
  }

  /**
   * The D.Kejadian Khusus dan/atau Keberatan Saksi of a plenary session of the region (null: the
   * workspace region), every contest.
   *
   * @param session the session's number; null for the latest (the one open, or the last closed)
   */
  public FormDocument dKejadian(RegionCode region, Long session, ReportSettings settings) {
    RegionCode where = region(region);
    List<PlenarySession> all = plenary.sessions().get();
    PlenarySession s = session(all, session);
    List<Region> lineage = lineage(where);
    FormTexts t = DKejadianForm.texts(lineage);
    List<ObjectionRow> rows = new ArrayList<>();
    for (ObjectionRow o : plenary.objections().apply(where.value())) {
      // each entry belongs to one D.Kejadian: its session's; those recorded before any session
      // existed go with the first
      boolean mine =
          s == null
              || (o.session() == null ? s.id() == all.getFirst().id() : o.session() == s.id());
      if (mine) {
        rows.add(o);
      }
    }
    List<Revote> revotes = new ArrayList<>();
    for (Revote r : plenary.revotes().apply(where.value())) {
      // a re-vote goes with the session it was declared in (before any session: the first)
      if (s == null || sessionAt(all, r.declaredAt()) == s.id()) {
        revotes.add(r);
      }
    }
    List<Incident> incidents =
        Incidents.of(t, election, tree.get(), LocalZone.of(where), rows, revotes);
    return DKejadianForm.build(election, lineage, s, incidents, settings);
  }

  /** The blank D.Kejadian to print before the plenary (of the session open now, if any). */
  public FormDocument dKejadianBlank(RegionCode region, ReportSettings settings) {
    RegionCode where = region(region);
    PlenarySession open =
        plenary.sessions().get().stream().filter(PlenarySession::open).findFirst().orElse(null);
    return DKejadianForm.blank(election, lineage(where), open, settings);
  }

  /** The id of the session in force at an instant: the last one opened by then, else the first. */
  private static long sessionAt(List<PlenarySession> all, String at) {
    long id = all.getFirst().id();
    try {
      Instant when = Instant.parse(at);
      for (PlenarySession p : all) {
        if (!p.openedAt().isAfter(when)) {
          id = p.id();
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      // an unreadable time keeps the first session
    }
    return id;
  }

  private static PlenarySession session(List<PlenarySession> all, Long asked) {
    if (asked == null) {
      return all.isEmpty() ? null : all.getLast();
    }
    return all.stream()
        .filter(s -> s.id() == asked)
        .findFirst()
        .orElseThrow(() -> RekapException.usage("report.error.session", asked));
  }

  /**
   * The plenary context of a D.Hasil: the session its result was adopted in (else the latest one),
   * when it was adopted, and whether this workspace prints another committee's form.
   */
  private PlenaryContext context(ContestCode code, RegionCode where) {
    RegionCode root = tree.get().root();
    if (where.level() != root.level()) {
      return new PlenaryContext(null, null, copyBy(root));
    }
    Optional<Instant> at = plenary.adoptedAt().apply(code, where.value());
    List<PlenarySession> all = plenary.sessions().get();
    PlenarySession chosen = null;
    for (PlenarySession s : all) {
      if (at.isEmpty() || !s.openedAt().isAfter(at.get())) {
        chosen = s;
      }
    }
    return new PlenaryContext(chosen, at.orElse(null), null);
  }

  /** "Komisi Pemilihan Umum Kabupaten KEBUMEN": who prints a kecamatan's form as a copy. */
  private String copyBy(RegionCode root) {
    List<Region> lineage = lineage(root);
    FormTexts t =
        FormTexts.load(DHasilForm.formId(root.level())).forProvince(FormWords.province(lineage));
    return FormWords.of(t, election, lineage).get("committee");
  }

  /** The contest's current ERROR findings, computed once per query object. */
  private synchronized List<Finding> errors(ContestCode code) {
    return errors.computeIfAbsent(
        code,
        c ->
            plenary.findings().apply(c).stream()
                .filter(f -> f.severity() == Severity.ERROR && f.contest() == c)
                .toList());
  }

  /**
   * The TPS rows the annex needs: those not yet in (no tally needed), and every TPS of a column
   * where a field is reported by some TPS of the form but not by all of that column's; a whole
   * kabupaten's TPS tallies are thus built only where a column has such a gap.
   */
  private static List<RecapRow> tpsDetail(
      Contest contest,
      RegionTree regions,
      Collection<TpsResult> adopted,
      List<RecapRow> columns,
      Dapil dapil) {
    Tally total = new Tally();
    columns.forEach(c -> total.add(c.tally()));
    List<String> gaps = new ArrayList<>();
    for (RecapRow c : columns) {
      if (hasGap(c.tally(), total)) {
        gaps.add(c.code());
      }
    }
    java.util.Set<String> received = new java.util.HashSet<>();
    List<TpsResult> detailed = new ArrayList<>();
    for (TpsResult r : adopted) {
      received.add(r.tps().value());
      if (startsWithAny(r.tps().value(), gaps)) {
        detailed.add(r);
      }
    }
    List<String> form = columns.stream().map(RecapRow::code).toList();
    List<RecapRow> out = new ArrayList<>();
    for (RecapRow r : Recap.compute(contest, regions, RecapLevel.TPS, detailed)) {
      boolean wanted = startsWithAny(r.code(), gaps) || !received.contains(r.code());
      if (wanted
          && startsWithAny(r.code(), form)
          && (dapil == null || r.dapils().contains(dapil.code()))) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean startsWithAny(String code, List<String> prefixes) {
    for (String p : prefixes) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a column lacks a field or cell that some TPS of the form reported. */
  private static boolean hasGap(Tally column, Tally total) {
    for (id.rekap.core.result.AdminField f : id.rekap.core.result.AdminField.values()) {
      if (total.reported(f) > 0 && column.reported(f) < column.results()) {
        return true;
      }
    }
    for (int i = 0; i < total.cells(); i++) {
      if (total.reportedAt(i) > 0 && column.reportedVotes(total.keyAt(i)) < column.results()) {
        return true;
      }
    }
    return false;
  }

  private static List<RecapRow> under(RegionCode where, List<RecapRow> rows) {
    List<RecapRow> out = new ArrayList<>();
    for (RecapRow r : rows) {
      if (r.code().startsWith(where.value())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The DPRD Kab/Kota and the bupati/walikota are decided at the kab/kota (docs/election-facts.md
   * §4): their recapitulation ends there, and no province form exists for them.
   */
  private static void refuseAboveItsLevel(Contest contest, RegionCode where) {
    if (where.level() == RegionLevel.PROVINSI && endsAtKabKota(contest.code())) {
      throw RekapException.usage("report.error.contestLevel", contest.name(), where.dotted());
    }
  }

  /** Whether the contest's recapitulation ends at the kab/kota (DPRD Kab/Kota, bupati/walikota). */
  public static boolean endsAtKabKota(ContestCode code) {
    return code == ContestCode.PDPRDK || code == ContestCode.PKWKK;
  }

  private static RecapLevel childLevel(RegionCode where) {
    return switch (where.level()) {
      case KECAMATAN -> RecapLevel.DESA;
      case KABKOTA -> RecapLevel.KECAMATAN;
      case PROVINSI -> RecapLevel.KABKOTA;
      default -> throw RekapException.usage("report.error.level", where.dotted());
    };
  }

  private RegionCode region(RegionCode asked) {
    RegionCode root = tree.get().root();
    RegionCode where = asked == null ? root : asked;
    if (!where.isWithin(root)) {
      throw RekapException.usage("report.error.region", where.dotted(), root.dotted());
    }
    if (where.level() == RegionLevel.DESA) {
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
