package id.rekap.core.template;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The layout shared by writer and reader, so the reader can check every header cell against what
 * the writer produced: three fixed columns (TPS code, desa, TPS), then the C.Hasil fields in the
 * form's order (docs/election-facts.md §3): blocks I–III, block IV, block V.
 */
public final class TemplateLayout {
  /** Identifies the layout in the meta data; a new layout gets a new version. */
  public static final String FORMAT_ID = "rekap-template/1";

  /** The machine ids of the fixed columns before the C.Hasil fields. */
  public static final List<String> FIXED_IDS = List.of("kode_tps", "desa", "tps");

  /** The clerk's labels of the same columns. */
  public static final List<String> FIXED_LABELS = List.of("Kode TPS", "Desa/Kelurahan", "TPS");

  /** How many fixed columns there are. */
  public static final int FIXED = FIXED_IDS.size();

  /** Two header rows: the clerk's labels, then the machine ids. Data starts below them. */
  public static final int HEADER_ROWS = 2;

  /** A C.Hasil box has three digit cells. */
  public static final int MAX_COUNT = 999;

  private TemplateLayout() {}

  /** The data sheets of a contest's template: one, or one per dapil, with their TPS and columns. */
  public static List<TemplateSheet> sheets(RegionTree tree, Contest contest) {
    List<Tps> all = tree.allTps().stream().filter(t -> contest.appliesTo(t.code())).toList();
    if (contest.shape() == Shape.CANDIDATES) {
      return List.of(new TemplateSheet("Isian", null, all, columns(candidateVotes(contest))));
    }
    List<TemplateSheet> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Dapil d : contest.dapils()) {
      List<Tps> tps =
          all.stream().filter(t -> contest.dapilOf(t.code()).orElse(null) == d).toList();
      if (!tps.isEmpty()) {
        String name = sheetName(d.code());
        name = names.add(name) ? name : "Dapil " + (out.size() + 1);
        names.add(name);
        out.add(new TemplateSheet(name, d, tps, columns(partyVotes(d))));
      }
    }
    return out;
  }

  /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}. */
  private static String sheetName(String dapilCode) {
    String name = ("Dapil " + dapilCode).replaceAll("[\\[\\]:*?/\\\\']", "_");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static List<TemplateColumn> columns(List<TemplateColumn> votes) {
    List<TemplateColumn> out = new ArrayList<>();
    for (AdminField f : AdminField.values()) {
      if (Block.of(f) != Block.TOTALS) {
        out.add(TemplateColumn.admin(f, label(f)));
      }
    }
    out.addAll(votes);
    for (AdminField f : AdminField.values()) {
      if (Block.of(f) == Block.TOTALS) {
        out.add(TemplateColumn.admin(f, label(f)));
      }
    }
    return out;
  }

  private static List<TemplateColumn> candidateVotes(Contest contest) {
    return contest.candidates().stream()
        .map(
            c ->
                TemplateColumn.vote(
                    "calon_" + c.number(),
                    "IV " + c.number() + " " + c.name(),
                    VoteKey.candidate(c.number())))
        .toList();
  }

  // The form's block IV per party: party-only votes, each caleg by number, the party total.
  private static List<TemplateColumn> partyVotes(Dapil dapil) {
    List<TemplateColumn> out = new ArrayList<>();
    for (PartyList l : dapil.lists()) {
      int p = l.party();
      out.add(
          TemplateColumn.vote("p" + p + "_partai", "IV P" + p + " partai", VoteKey.partyOnly(p)));
      for (Candidate c : l.candidates()) {
        out.add(
            TemplateColumn.vote(
                "p" + p + "_c" + c.number(),
                "IV P" + p + " " + c.number() + " " + c.name(),
                VoteKey.partyCandidate(p, c.number())));
      }
      out.add(
          TemplateColumn.vote("p" + p + "_jumlah", "IV P" + p + " jumlah", VoteKey.partyTotal(p)));
    }
    return out;
  }

  /** A header row: the fixed cells, then one cell per column as {@code f} names it. */
  public static List<String> headerRow(
      List<String> fixed, List<TemplateColumn> columns, Function<TemplateColumn, String> f) {
    List<String> out = new ArrayList<>(fixed);
    columns.forEach(c -> out.add(f.apply(c)));
    return out;
  }

  private static String label(AdminField f) {
    return switch (f) {
      case DPT_L -> "I.A DPT L";
      case DPT_P -> "I.A DPT P";
      case DPT -> "I.A DPT L+P";
      case USERS_DPT_L -> "I.B1 Pengguna DPT L";
      case USERS_DPT_P -> "I.B1 Pengguna DPT P";
      case USERS_DPT -> "I.B1 Pengguna DPT L+P";
      case USERS_DPTB_L -> "I.B2 Pengguna DPTb L";
      case USERS_DPTB_P -> "I.B2 Pengguna DPTb P";
      case USERS_DPTB -> "I.B2 Pengguna DPTb L+P";
      case USERS_DPK_L -> "I.B3 Pengguna DPK L";
      case USERS_DPK_P -> "I.B3 Pengguna DPK P";
      case USERS_DPK -> "I.B3 Pengguna DPK L+P";
      case USERS_L -> "I.B4 Jumlah pengguna L";
      case USERS_P -> "I.B4 Jumlah pengguna P";
      case USERS -> "I.B4 Jumlah pengguna L+P";
      case BALLOTS_RECEIVED -> "II.1 Surat suara diterima";
      case BALLOTS_USED -> "II.2 Surat suara digunakan";
      case BALLOTS_RETURNED -> "II.3 Surat suara dikembalikan";
      case BALLOTS_UNUSED -> "II.4 Surat suara tidak digunakan";
      case DISABLED_L -> "III Disabilitas L";
      case DISABLED_P -> "III Disabilitas P";
      case DISABLED -> "III Disabilitas L+P";
      case VALID -> "V.A Suara sah";
      case INVALID -> "V.B Suara tidak sah";
      case TOTAL -> "V.C Jumlah suara sah dan tidak sah";
    };
  }
}
