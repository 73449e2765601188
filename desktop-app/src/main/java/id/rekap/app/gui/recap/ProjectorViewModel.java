// Over 400 lines: the projector's figures and its findings overlay follow one selection and one
// refresh cycle; the overlay could become a view model of its own.
package id.rekap.app.gui.recap;

import id.rekap.app.gui.Numbers;
import id.rekap.app.gui.Session;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plenary (projector) view, read from the back of the room: first the workspace's own region
 * with a row per kecamatan (kab/kota) or desa (PPK), then each of those with a row per desa or TPS;
 * every candidate column named, the total row always shown, rows with findings marked and the
 * findings in words below. Party-list ballots show a row per party with the places as columns (and,
 * on request, one party's caleg). Pages follow the room the screen has: the view says how many rows
 * and columns fit. The figures are loaded once, the findings right after; paging is instant.
 */
public final class ProjectorViewModel {
  /** One place shown: its own row, the rows beneath it and their findings. */
  record Unit(RecapRow total, RecapLevel level, List<RecapRow> parts, List<Finding> findings) {}

  /** A line of the table: its name, its cells, and whether findings mark it. */
  public record Line(String name, List<String> cells, boolean flagged) {}

  /** A column's heading: its number or code and its name. */
  public record Head(String top, String name, boolean flagged) {}

  private final Session session;
  private final Contest contest;
  private final List<Unit> units = new ArrayList<>();
  private final IntegerProperty index = new SimpleIntegerProperty(-1);
  private final IntegerProperty page = new SimpleIntegerProperty();
  private final IntegerProperty rowsPerPage = new SimpleIntegerProperty(12);
  private final IntegerProperty columnsPerPage = new SimpleIntegerProperty(8);
  private final IntegerProperty party = new SimpleIntegerProperty();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper corner = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();
  private final ObservableList<Head> heads = FXCollections.observableArrayList();
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<String> findings = FXCollections.observableArrayList();
  private Line total = new Line("", List.of(), false);
  private boolean loading = true;
  private List<Unit> figuresShown = List.of();

  public ProjectorViewModel(Session session, Contest contest) {
    this.session = session;
    this.contest = contest;
    index.addListener((o, a, b) -> show());
    page.addListener((o, a, b) -> show());
    rowsPerPage.addListener((o, a, b) -> fitPage());
    columnsPerPage.addListener((o, a, b) -> fitPage());
    party.addListener(
        (o, a, b) -> {
          page.set(0);
          show();
        });
    title.set(session.text("common.loading"));
  }

  public Contest contest() {
    return contest;
  }

  public boolean partyList() {
    return contest.shape() == Shape.PARTY_LISTS;
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty position() {
    return position.getReadOnlyProperty();
  }

  /** The heading of the first column ("TPS", "Desa/Kelurahan", "Partai"). */
  public ReadOnlyStringProperty corner() {
    return corner.getReadOnlyProperty();
  }

  /** Goes up whenever the table must be drawn again. */
  public ReadOnlyLongProperty version() {
    return version.getReadOnlyProperty();
  }

  public List<Head> heads() {
    return heads;
  }

  /** The lines of this page (the total line is apart: it is on every page). */
  public List<Line> lines() {
    return lines;
  }

  public Line total() {
    return total;
  }

  public ObservableList<String> findings() {
    return findings;
  }

  public IntegerProperty index() {
    return index;
  }

  /** How many lines the screen has room for (set by the view as it is resized). */
  public IntegerProperty rowsPerPage() {
    return rowsPerPage;
  }

  /** How many place columns a party-list page has room for (set by the view). */
  public IntegerProperty columnsPerPage() {
    return columnsPerPage;
  }

  /** The party whose caleg are shown (0: the party totals). */
  public IntegerProperty party() {
    return party;
  }

  public boolean loading() {
    return loading;
  }

  /**
   * Loads the figures first (one read of the contest's results, every level from it) and shows the
   * first place at once; the findings follow from the workspace's check (kept between screens) and
   * mark the rows where they are, on the page being shown.
   */
  public void load() {
    session
        .jobs()
        .run(
            session.text("recap.loading"),
            p -> figures(),
            loaded -> {
              loading = false;
              units.clear();
              units.addAll(loaded);
              figuresShown = loaded;
              index.set(-1);
              index.set(units.isEmpty() ? -1 : 0);
              if (units.isEmpty()) {
                title.set(session.text("projector.empty"));
                return;
              }
              loadFindings(loaded);
            },
            failure -> title.set(session.texts().get().error(failure)));
  }

  private void loadFindings(List<Unit> figures) {
    session
        .jobs()
        .run(
            session.text("findings.loading"),
            p -> withFindings(figures, findingsOfContest()),
            loaded -> {
              if (figuresShown == figures) { // not loaded again meanwhile
                units.clear();
                units.addAll(loaded);
                show();
              }
            },
            failure -> title.set(session.texts().get().error(failure)));
  }

  /**
   * The workspace's own region over its children, then each child over its own: kecamatan then desa
   * at a kab/kota, desa then TPS at a PPK; with their findings.
   */
  List<Unit> compute() {
    return withFindings(figures(), findingsOfContest());
  }

  private List<Finding> findingsOfContest() {
    return session.workspace().latestCheck().get().findings().stream()
        .filter(f -> f.contest() == contest.code())
        .toList();
  }

  /** The places and their figures, without findings yet. */
  private List<Unit> figures() {
    var ws = session.workspace();
    RegionCode root = ws.regionTree().root();
    boolean kabkota = root.level().digits() < RegionLevel.KECAMATAN.digits();
    RecapLevel top = kabkota ? RecapLevel.KABKOTA : RecapLevel.KECAMATAN;
    RecapLevel middle = kabkota ? RecapLevel.KECAMATAN : RecapLevel.DESA;
    RecapLevel bottom = kabkota ? RecapLevel.DESA : RecapLevel.TPS;
    Map<RecapLevel, List<RecapRow>> recap =
        ws.recap().run(contest.code(), List.of(top, middle, bottom), java.util.Optional.empty());
    List<RecapRow> middles = recap.get(middle);
    List<RecapRow> bottoms = recap.get(bottom);
    List<Unit> out = new ArrayList<>();
    for (RecapRow t : recap.get(top)) {
      if (t.expected() > 0 && t.code().startsWith(root.value())) {
        out.add(unit(t, top, middles));
      }
    }
    for (RecapRow m : middles) {
      if (m.expected() > 0) {
        out.add(unit(m, middle, bottoms));
      }
    }
    return out;
  }

  private static List<Unit> withFindings(List<Unit> units, List<Finding> all) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : units) {
      // the findings of the place and of everything beneath it (a desa row carries its TPS')
      List<Finding> mine = all.stream().filter(f -> f.code().startsWith(u.total().code())).toList();
      out.add(new Unit(u.total(), u.level(), u.parts(), mine));
    }
    return out;
  }

  private static Unit unit(RecapRow total, RecapLevel level, List<RecapRow> all) {
    List<RecapRow> parts =
        all.stream().filter(r -> r.code().startsWith(total.code()) && r.expected() > 0).toList();
    return new Unit(total, level, parts, List.of());
  }

  /** The next page, else the next place. */
  public void next() {
    if (page.get() + 1 < pages()) {
      page.set(page.get() + 1);
    } else if (index.get() < units.size() - 1) {
      page.set(0);
      index.set(index.get() + 1);
    }
  }

  /** The previous page, else the last page of the previous place. */
  public void previous() {
    if (page.get() > 0) {
      page.set(page.get() - 1);
    } else if (index.get() > 0) {
      index.set(index.get() - 1);
      page.set(Math.max(0, pages() - 1));
    }
  }

  /** Back to the first place (the whole region). */
  public void first() {
    page.set(0);
    index.set(0);
  }

  /** Shows one party's caleg (a party-list ballot), or the parties again with 0. */
  public void showParty(int number) {
    boolean known = number == 0 || RecapColumns.partyCandidates(contest).containsKey(number);
    if (known) {
      party.set(number);
    }
  }

  private int pages() {
    return rowPages() * columnPages();
  }

  /** Pages of lines: the places of a candidates ballot, the parties (or caleg) of a party list. */
  private int rowPages() {
    if (index.get() < 0) {
      return 1;
    }
    int n =
        partyList()
            ? (party.get() == 0
                ? RecapColumns.partyCandidates(contest).size()
                : RecapColumns.partyCandidates(contest).get(party.get()).size() + 1)
            : units.get(index.get()).parts().size();
    return ceil(n, rowsPerPage.get());
  }

  /** Pages of place columns (party lists only). */
  private int columnPages() {
    if (index.get() < 0 || !partyList()) {
      return 1;
    }
    return ceil(units.get(index.get()).parts().size(), columnsPerPage.get());
  }

  private static int ceil(int n, int per) {
    int p = Math.max(1, per);
    return Math.max(1, (n + p - 1) / p);
  }

  private void fitPage() {
    if (page.get() >= pages()) {
      page.set(pages() - 1);
    } else {
      show();
    }
  }

  private void show() {
    int i = index.get();
    if (i < 0 || i >= units.size()) {
      heads.clear();
      lines.clear();
      findings.clear();
      total = new Line("", List.of(), false);
      version.set(version.get() + 1);
      return;
    }
    Unit u = units.get(i);
    title.set(
        session.text(
            "projector.title." + u.level().id(),
            u.total().name(),
            RegionCode.parse(u.total().code()).map(RegionCode::dotted).orElse(u.total().code())));
    int rowPage = page.get() % rowPages();
    int columnPage = page.get() / rowPages();
    int perRow = Math.max(1, rowsPerPage.get());
    List<RecapRow> shown = u.parts();
    if (partyList()) {
      int per = Math.max(1, columnsPerPage.get());
      int from = Math.min(columnPage * per, u.parts().size());
      shown = u.parts().subList(from, Math.min(from + per, u.parts().size()));
    }
    Set<String> flagged = new LinkedHashSet<>();
    for (Finding f : u.findings()) {
      if (f.severity() == Severity.ERROR) {
        u.parts().stream()
            .filter(p -> f.code().startsWith(p.code()))
            .forEach(p -> flagged.add(p.code()));
        if (f.code().equals(u.total().code())) {
          flagged.add(f.code());
        }
      }
    }
    position.set(
        session.text(
            "projector.position",
            Numbers.count(i + 1),
            Numbers.count(units.size()),
            Numbers.count(page.get() + 1),
            Numbers.count(pages()),
            Numbers.count((long) u.total().received()),
            Numbers.count((long) u.total().expected())));
    corner.set(session.text(partyList() ? "projector.party" : "projector.place." + below(u)));
    if (partyList()) {
      tablePartyList(u, shown, flagged);
    } else {
      tableCandidates(u, shown, flagged);
    }
    int from = Math.min(rowPage * perRow, lines.size());
    lines.setAll(List.copyOf(lines.subList(from, Math.min(from + perRow, lines.size()))));
    Map<String, String> names = new java.util.HashMap<>();
    u.parts().forEach(p -> names.put(p.code(), p.name()));
    names.put(u.total().code(), u.total().name());
    findings.setAll(
        u.findings().stream()
            .map(
                f ->
                    placeName(f.code(), names)
                        + " — "
                        + session.text("projector.rule", f.rule())
                        + ": "
                        + id.rekap.app.gui.FindingText.of(
                            f, session.texts().get(), session.workspace().election()))
            .toList());
    version.set(version.get() + 1);
  }

  /**
   * A place as the room knows it: a TPS by its desa row and number ("PULAU PANGGANG · TPS 001").
   */
  private String placeName(String code, Map<String, String> names) {
    if (names.containsKey(code)) {
      return names.get(code);
    }
    var tree = session.workspace().regionTree();
    String own =
        code.length() == 13
            ? tree.tps(new id.rekap.core.region.TpsCode(code)).map(t -> t.name()).orElse(code)
            : tree.nameOf(new RegionCode(code));
    for (int len = code.length() - 1; len >= 2; len--) {
      String parent = names.get(code.substring(0, len));
      if (parent != null) {
        return parent + " · " + own;
      }
    }
    return own;
  }

  private static String below(Unit u) {
    return switch (u.level()) {
      case KABKOTA -> "kecamatan";
      case KECAMATAN -> "desa";
      default -> "tps";
    };
  }

  private void tableCandidates(Unit u, List<RecapRow> shown, Set<String> flagged) {
    List<Head> h = new ArrayList<>();
    for (Candidate c : contest.candidates()) {
      h.add(new Head(String.format(java.util.Locale.ROOT, "%02d", c.number()), c.name(), false));
    }
    h.add(new Head("", session.text("field.valid"), false));
    h.add(new Head("", session.text("field.invalid"), false));
    h.add(new Head("", session.text("field.total"), false));
    heads.setAll(h);
    List<Line> out = new ArrayList<>();
    for (RecapRow r : shown) {
      out.add(new Line(r.name(), candidateCells(r), flagged.contains(r.code())));
    }
    lines.setAll(out);
    total =
        new Line(
            session.text("projector.sum"),
            candidateCells(u.total()),
            flagged.contains(u.total().code()));
  }

  private List<String> candidateCells(RecapRow r) {
    List<String> cells = new ArrayList<>();
    for (Candidate c : contest.candidates()) {
      cells.add(Numbers.count(r.tally().votes(VoteKey.candidate(c.number()))));
    }
    cells.add(Numbers.count(r.tally().admin(AdminField.VALID)));
    cells.add(Numbers.count(r.tally().admin(AdminField.INVALID)));
    cells.add(Numbers.count(r.tally().admin(AdminField.TOTAL)));
    return cells;
  }

  /** Party lists: a line per party (or per caleg of the party chosen), a column per place. */
  private void tablePartyList(Unit u, List<RecapRow> shown, Set<String> flagged) {
    List<Head> h = new ArrayList<>();
    for (RecapRow r : shown) {
      h.add(new Head(shortCode(r.code()), r.name(), flagged.contains(r.code())));
    }
    h.add(new Head("", session.text("projector.sum"), flagged.contains(u.total().code())));
    heads.setAll(h);
    var election = session.workspace().election();
    var parties = RecapColumns.partyCandidates(contest);
    List<Line> out = new ArrayList<>();
    int chosen = party.get();
    if (chosen == 0) {
      for (int p : parties.keySet()) {
        String abbr = election.party(p).map(x -> x.abbr()).orElse("");
        out.add(partyLine(p + " " + abbr, VoteKey.partyTotal(p), shown, u));
      }
      lines.setAll(out);
      total =
          new Line(
              session.text("field.valid"),
              cells(shown, u, r -> r.tally().admin(AdminField.VALID)),
              false);
      return;
    }
    out.add(partyLine(session.text("paper.partyOnly"), VoteKey.partyOnly(chosen), shown, u));
    for (Candidate c : parties.get(chosen).values()) {
      out.add(
          partyLine(
              c.number() + ". " + c.name(), VoteKey.partyCandidate(chosen, c.number()), shown, u));
    }
    lines.setAll(out);
    String abbr = election.party(chosen).map(x -> x.abbr()).orElse("");
    total =
        new Line(
            session.text("projector.partyTotal", chosen, abbr),
            cells(shown, u, r -> r.tally().votes(VoteKey.partyTotal(chosen))),
            false);
  }

  private Line partyLine(String name, int key, List<RecapRow> shown, Unit u) {
    return new Line(name, cells(shown, u, r -> r.tally().votes(key)), false);
  }

  private static List<String> cells(
      List<RecapRow> shown, Unit u, java.util.function.Function<RecapRow, Long> value) {
    List<String> cells = new ArrayList<>();
    for (RecapRow r : shown) {
      cells.add(Numbers.count(value.apply(r)));
    }
    cells.add(Numbers.count(value.apply(u.total())));
    return cells;
  }

  /** A place's column heading: a TPS by its number, a region by its last code digits. */
  private static String shortCode(String code) {
    if (code.length() == 13) {
      return "TPS " + code.substring(10);
    }
    return code.substring(code.length() - (code.length() == 10 ? 4 : 2));
  }
}
