// Over 400 lines: the dashboard's progress rows serve every level (PPK, kab/kota, province) from
// one status read; the per-kab/kota breakdown could move out of the PPK rows.
package id.rekap.app.gui.dashboard;

import id.rekap.app.gui.Navigator;
import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.Keying;
import id.rekap.core.exchange.ReceivedPackage;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenaryRepository;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.status.ContestStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: per contest the TPS expected / received / missing / with errors / with warnings
 * (from the status use case), the same by desa or kecamatan for the chosen contest, and the list of
 * what needs attention, each item one click from its place.
 */
public final class DashboardViewModel implements Refreshable {
  /** Items shown in the attention list at most; the findings screen has the rest. */
  static final int ATTENTION_LIMIT = 200;

  private final Session session;
  private final Navigator navigator;
  private final ObservableList<ContestStatus> totals = FXCollections.observableArrayList();
  private final ObservableList<ProgressRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Attention> attention = FXCollections.observableArrayList();
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<RegionLevel> level = new SimpleObjectProperty<>();
  private int loads;

  public DashboardViewModel(Session session, Navigator navigator) {
    this.session = session;
    this.navigator = navigator;
    contest.set(session.contests().getFirst());
    // by desa in a kecamatan workspace, by kecamatan at kab/kota level, by kab/kota at province
    level.set(session.workspace().info().level().regionLevel().child().orElseThrow());
    contest.addListener((o, a, b) -> refresh());
    level.addListener((o, a, b) -> refresh());
  }

  public ObservableList<ContestStatus> totals() {
    return totals;
  }

  public ObservableList<ProgressRow> rows() {
    return rows;
  }

  public ObservableList<Attention> attention() {
    return attention;
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<RegionLevel> level() {
    return level;
  }

  /** The levels the breakdown can be shown at (below the workspace's own level). */
  public List<RegionLevel> levels() {
    return switch (session.workspace().info().level()) {
      case KECAMATAN -> List.of(RegionLevel.DESA);
      case KABKOTA -> List.of(RegionLevel.KECAMATAN, RegionLevel.DESA);
      case PROVINSI -> List.of(RegionLevel.KABKOTA, RegionLevel.KECAMATAN, RegionLevel.DESA);
    };
  }

  /**
   * Shows the counts at once (expected, received, missing, what waits for a second keying) and the
   * error and warning counts when the checks are done; at once too when the workspace's check is
   * still the store's (kept between screens).
   */
  @Override
  public void refresh() {
    Contest c = contest.get();
    RegionLevel l = level.get();
    int load = ++loads;
    session
        .jobs()
        .run(
            session.text("dashboard.loading"),
            p -> load(c, l, session.workspace().latestCheck().ifFresh().orElse(null), null),
            loaded -> {
              show(loaded);
              if (loaded.checked() == null) {
                check(c, l, loaded.tps(), load);
              }
            },
            failure -> attention.clear());
  }

  /** The second step: the same with the checks' findings (the TPS recap already read is reused). */
  private void check(Contest c, RegionLevel l, List<TpsRow> tps, int load) {
    session
        .jobs()
        .run(
            session.text("dashboard.checking"),
            p -> load(c, l, session.workspace().latestCheck().get(), tps),
            loaded -> {
              if (load == loads) { // not refreshed again meanwhile
                show(loaded);
              }
            },
            failure -> {});
  }

  private void show(Loaded loaded) {
    totals.setAll(loaded.totals());
    rows.setAll(loaded.rows());
    attention.setAll(loaded.attention());
  }

  /**
   * Everything the dashboard shows, computed together in the background; {@code checked} null while
   * the checks have not run (error and warning counts unknown).
   */
  record Loaded(
      List<ContestStatus> totals,
      List<ProgressRow> rows,
      List<Attention> attention,
      CheckEngine checked,
      List<TpsRow> tps) {}

  Loaded load(Contest c, RegionLevel l) {
    return load(c, l, session.workspace().latestCheck().get(), null);
  }

  private Loaded load(Contest c, RegionLevel l, CheckEngine engine, List<TpsRow> read) {
    var ws = session.workspace();
    List<ContestStatus> status = engine == null ? ws.status().counts() : ws.status(engine).run();
    List<TpsRow> tps = read != null ? read : tpsRows(c);
    List<Finding> findings =
        engine == null
            ? null
            : engine.findings().stream()
                .filter(f -> f.contest() == c.code() && f.level() == RecapLevel.TPS)
                .toList();
    List<ProgressRow> rows = byRegion(ws.regionTree(), l, tps, findings);
    if (fromPpk(l)) {
      rows = withPackages(c, rows);
    }
    return new Loaded(
        status,
        rows,
        attention(
            c,
            status,
            tps,
            findings == null ? List.of() : findings,
            ws.entry().pending(),
            ws.objections().list("")),
        engine,
        tps);
  }

  /**
   * A TPS of the contest and whether it has a result: from the master list and one index read of
   * the TPS with a result, never the results themselves (the first content stays quick).
   */
  record TpsRow(String code, String name, int expected, int received) {}

  private List<TpsRow> tpsRows(Contest c) {
    var ws = session.workspace();
    java.util.Set<TpsCode> received = ws.status().received(c.code());
    List<TpsRow> out = new ArrayList<>();
    for (var t : ws.regionTree().allTps()) {
      if (c.appliesTo(t.code())) {
        out.add(new TpsRow(t.code().value(), t.name(), 1, received.contains(t.code()) ? 1 : 0));
      }
    }
    return out;
  }

  /**
   * True when the rows are the centres that send this workspace their package: the kecamatan of a
   * KPU Kabupaten/Kota, the kab/kota of a KPU Provinsi.
   */
  public boolean fromPpk(RegionLevel l) {
    return session.workspace().info().level().below().map(b -> b.regionLevel() == l).orElse(false);
  }

  /**
   * Per kecamatan: the PPK's package in force, whether it says the PPK adopted the kecamatan, its
   * R22 differences, and the adoption here.
   */
  private List<ProgressRow> withPackages(Contest c, List<ProgressRow> rows) {
    var ws = session.workspace();
    Map<String, ReceivedPackage> current = new LinkedHashMap<>();
    for (ReceivedPackage p : ws.importPackage().list()) {
      if (p.current()) {
        current.put(p.senderRegion(), p);
      }
    }
    Map<String, Set<ContestCode>> atPpk = ws.importPackage().adoptedAtSenders();
    List<ProgressRow> out = new ArrayList<>();
    for (ProgressRow r : rows) {
      ReceivedPackage p = current.get(r.code());
      String adoptedAtPpk =
          p == null
              ? "–"
              : atPpk.getOrDefault(r.code(), Set.of()).contains(c.code())
                  ? session.text("dashboard.adoptedAtPpk")
                  : session.text("dashboard.notAdoptedAtPpk");
      String received =
          p == null
              ? session.text("dashboard.noPackage")
              : session.text(
                  "dashboard.package",
                  Numbers.count(p.sequence()),
                  signer(p),
                  session.time(p.signedAt() != null ? p.signedAt() : p.importedAt()));
      long differences =
          p == null ? 0 : p.discrepancies().stream().filter(d -> d.contest() == c.code()).count();
      String diff =
          p == null
              ? "–"
              : differences == 0
                  ? session.text("dashboard.noDifferences")
                  : session.text("dashboard.differences", Numbers.count(differences));
      String adopted =
          ws.adoptions().isAdopted(c.code(), r.code())
              ? session.text("dashboard.adoptedHere")
              : "–";
      out.add(
          new ProgressRow(
              r.code(),
              r.name(),
              r.expected(),
              r.received(),
              r.withErrors(),
              r.withWarnings(),
              new ProgressRow.PackageState(received, diff, adopted, adoptedAtPpk)));
    }
    return out;
  }

  /** The signer's name from the certificate subject (its CN), else the sender's name. */
  private static String signer(ReceivedPackage p) {
    String subject = p.signerSubject() == null ? "" : p.signerSubject();
    for (String part : subject.split(",")) {
      String t = part.strip();
      if (t.regionMatches(true, 0, "CN=", 0, 3)) {
        return t.substring(3).replace("\\", "");
      }
    }
    return p.senderName();
  }

  /** The rows by region; their error and warning counts null while {@code findings} is null. */
  private static List<ProgressRow> byRegion(
      RegionTree tree, RegionLevel level, List<TpsRow> tps, List<Finding> findings) {
    Map<String, Set<String>> errors =
        findings == null ? Map.of() : tpsWith(findings, Severity.ERROR, level);
    Map<String, Set<String>> warnings =
        findings == null ? Map.of() : tpsWith(findings, Severity.WARNING, level);
    Map<String, int[]> counts = new TreeMap<>();
    for (TpsRow r : tps) {
      String region = new TpsCode(r.code()).at(level).value();
      int[] c = counts.computeIfAbsent(region, x -> new int[2]);
      c[0] += r.expected();
      c[1] += r.received();
    }
    List<ProgressRow> out = new ArrayList<>();
    counts.forEach(
        (code, c) ->
            out.add(
                new ProgressRow(
                    code,
                    tree.nameOf(new RegionCode(code)),
                    c[0],
                    c[1],
                    findings == null ? null : errors.getOrDefault(code, Set.of()).size(),
                    findings == null ? null : warnings.getOrDefault(code, Set.of()).size())));
    return out;
  }

  private static Map<String, Set<String>> tpsWith(
      List<Finding> findings, Severity severity, RegionLevel level) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.severity() == severity) {
        String region = new TpsCode(f.code()).at(level).value();
        out.computeIfAbsent(region, x -> new TreeSet<>()).add(f.code());
      }
    }
    return out;
  }

  private List<Attention> attention(
      Contest c,
      List<ContestStatus> status,
      List<TpsRow> tps,
      List<Finding> findings,
      List<Keying> pending,
      List<PlenaryRepository.ObjectionRow> objections) {
    List<Attention> out = new ArrayList<>();
    var tree = session.workspace().regionTree();
    // a single-pair contest where the empty column leads: said first, the region re-runs
    status.stream()
        .filter(s -> s.contest().equals(c.code().id()) && s.emptyColumn() != null)
        .filter(s -> s.emptyColumn().leads())
        .findFirst()
        .ifPresent(
            s ->
                out.add(
                    new Attention(
                        Attention.Kind.EMPTY_COLUMN_LEADS,
                        c.code(),
                        tree.root().value(),
                        null,
                        session.text(
                            "attention.emptyColumnLeads",
                            s.emptyColumn().number(),
                            Numbers.count(s.emptyColumn().votes()),
                            s.emptyColumn().pairNumber(),
                            Numbers.count(s.emptyColumn().pairVotes())))));
    Map<String, String> names = new LinkedHashMap<>();
    tps.forEach(
        r ->
            names.put(
                r.code(),
                tree.nameOf(new TpsCode(r.code()).at(RegionLevel.DESA)) + " " + r.name()));
    Map<String, List<Keying>> keyings = new TreeMap<>();
    for (Keying k : pending) {
      if (k.values().contest() == c.code()) {
        keyings.computeIfAbsent(k.values().tps().value(), x -> new ArrayList<>()).add(k);
      }
    }
    keyings.forEach(
        (code, ks) -> {
          boolean mismatch = ks.stream().anyMatch(k -> k.round() == 2);
          out.add(
              new Attention(
                  mismatch ? Attention.Kind.MISMATCH : Attention.Kind.AWAITING_SECOND,
                  c.code(),
                  code,
                  null,
                  session.text(
                      mismatch ? "attention.mismatch" : "attention.awaiting",
                      place(names, code),
                      ks.getFirst().user())));
        });
    Map<String, List<Finding>> errors = new TreeMap<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        errors.computeIfAbsent(f.code(), x -> new ArrayList<>()).add(f);
      }
    }
    errors.forEach(
        (code, fs) ->
            out.add(
                new Attention(
                    Attention.Kind.ERRORS,
                    c.code(),
                    code,
                    id.rekap.app.gui.FieldOfFinding.of(fs.getFirst()),
                    session.text(
                        "attention.errors",
                        place(names, code),
                        fs.size(),
                        String.join(", ", fs.stream().map(Finding::rule).distinct().toList())))));
    for (PlenaryRepository.ObjectionRow o : objections) {
      if (o.decision() == Objections.Decision.PENDING
          && (o.contest() == null || o.contest() == c.code())) {
        out.add(
            new Attention(
                Attention.Kind.OBJECTION,
                c.code(),
                o.place(),
                null,
                session.text("attention.objection", o.id(), o.place(), o.raisedBy())));
      }
    }
    for (TpsRow r : tps) {
      if (r.received() == 0) {
        out.add(
            new Attention(
                Attention.Kind.MISSING,
                c.code(),
                r.code(),
                null,
                session.text("attention.missing", place(names, r.code()))));
      }
    }
    out.sort(java.util.Comparator.comparing(Attention::kind));
    return out.size() > ATTENTION_LIMIT ? List.copyOf(out.subList(0, ATTENTION_LIMIT)) : out;
  }

  private static String place(Map<String, String> names, String code) {
    String name = names.get(code);
    return name == null ? code : code + " (" + name + ")";
  }

  /** Opens the item's place: the plenary for an objection, else the TPS's entry form. */
  public void open(Attention item) {
    switch (item.kind()) {
      case OBJECTION -> navigator.openPlenary(item.contest(), item.code());
      case EMPTY_COLUMN_LEADS -> navigator.openRecap(item.contest(), item.code());
      default -> navigator.openEntry(item.contest(), item.code(), item.field());
    }
  }

  /** Opens the findings of a desa or kecamatan row. */
  public void openRegion(ProgressRow row) {
    navigator.openRecap(contest.get().code(), row.code());
  }
}
