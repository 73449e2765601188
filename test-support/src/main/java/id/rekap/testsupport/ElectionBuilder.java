package id.rekap.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one builder of the tests' election definitions ({@code rekap-election/1}, docs/formats.md
 * §3): the election, its parties and its contests, either {@code candidates} (PPWP, DPD, Pilkada)
 * or {@code party-lists} (DPR, DPRD) with dapils, their regions and one list per party. It writes
 * the definition with the keys in the contract's order ({@link #json()}), or sorted as the core's
 * canonical mapper writes them ({@link #sortedJson()}); how many candidates, dapils and seats an
 * election has is the caller's (a generator's) business, the shape of the file is this class's.
 *
 * <p>Defaults: held on 2024-02-14 and in {@code test} mode, so generated numbers can never be mixed
 * into an official workspace unless the test asks for {@link #mode(String) official}.
 */
public final class ElectionBuilder {
  /** A party as the definition lists it. */
  public record Party(int number, String abbr, String name) {}

  /** The 18 national parties of Pemilu 2024 with their ballot numbers (public KPU facts). */
  public static final List<Party> PEMILU_2024_PARTIES =
      List.of(
          new Party(1, "PKB", "Partai Kebangkitan Bangsa"),
          new Party(2, "GERINDRA", "Partai Gerakan Indonesia Raya"),
          new Party(3, "PDIP", "Partai Demokrasi Indonesia Perjuangan"),
          new Party(4, "GOLKAR", "Partai Golongan Karya"),
          new Party(5, "NASDEM", "Partai NasDem"),
          new Party(6, "BURUH", "Partai Buruh"),
          new Party(7, "GELORA", "Partai Gelombang Rakyat Indonesia"),
          new Party(8, "PKS", "Partai Keadilan Sejahtera"),
          new Party(9, "PKN", "Partai Kebangkitan Nusantara"),
          new Party(10, "HANURA", "Partai Hati Nurani Rakyat"),
          new Party(11, "GARUDA", "Partai Garda Republik Indonesia"),
          new Party(12, "PAN", "Partai Amanat Nasional"),
          new Party(13, "PBB", "Partai Bulan Bintang"),
          new Party(14, "DEMOKRAT", "Partai Demokrat"),
          new Party(15, "PSI", "Partai Solidaritas Indonesia"),
          new Party(16, "PERINDO", "Partai Perindo"),
          new Party(17, "PPP", "Partai Persatuan Pembangunan"),
          new Party(24, "UMMAT", "Partai Ummat"));

  private static final ObjectMapper ORDERED = JsonMapper.builder().build();
  private static final ObjectMapper SORTED =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  /** The keys of the {@code election} object in the contract's order. */
  private static final List<String> ELECTION_KEYS =
      List.of("id", "name", "date", "maxVotersPerTps", "ballotReservePercent", "mode");

  private final Map<String, Object> election = new LinkedHashMap<>();
  private final List<Map<String, Object>> parties = new ArrayList<>();
  private final List<Map<String, Object>> contests = new ArrayList<>();

  private ElectionBuilder(String id, String name) {
    set("id", id).set("name", name).set("date", "2024-02-14").set("mode", "test");
  }

  /** An election with this id and display name and no party or contest yet. */
  public static ElectionBuilder election(String id, String name) {
    return new ElectionBuilder(id, name);
  }

  /** The voting day, {@code YYYY-MM-DD}. */
  public ElectionBuilder date(String isoDate) {
    return set("date", isoDate);
  }

  /** The most voters one TPS may have on its DPT (the contract's default when never set). */
  public ElectionBuilder maxVotersPerTps(int voters) {
    return set("maxVotersPerTps", voters);
  }

  /** The spare ballots per TPS, in percent of its DPT (the contract's default when never set). */
  public ElectionBuilder ballotReservePercent(double percent) {
    return set("ballotReservePercent", percent);
  }

  /** {@code official} or {@code test}. */
  public ElectionBuilder mode(String mode) {
    return set("mode", mode);
  }

  private ElectionBuilder set(String key, Object value) {
    election.put(key, value);
    return this;
  }

  /** A national party, without the {@code acehLocal} key. */
  public ElectionBuilder party(int number, String abbr, String name) {
    return addParty(number, abbr, name, null);
  }

  /** A party with its {@code acehLocal} flag written out. */
  public ElectionBuilder party(int number, String abbr, String name, boolean acehLocal) {
    return addParty(number, abbr, name, acehLocal);
  }

  private ElectionBuilder addParty(int number, String abbr, String name, Boolean acehLocal) {
    parties.add(map("number", number, "abbr", abbr, "name", name, "acehLocal", acehLocal));
    return this;
  }

  /** A {@code candidates} contest of the whole election; add its candidates to the result. */
  public Candidates candidates(String code, String name) {
    return candidates(map("code", code, "name", name, "shape", "candidates"));
  }

  /** A {@code candidates} contest only voted in the region {@code scope} (DPD, Pilkada). */
  public Candidates candidates(String code, String name, String scope) {
    return candidates(map("code", code, "name", name, "shape", "candidates", "scope", scope));
  }

  private Candidates candidates(Map<String, Object> contest) {
    contests.add(contest);
    return new Candidates(contest);
  }

  /** A {@code party-lists} contest; add its dapils to the result. */
  public PartyLists partyLists(String code, String name) {
    Map<String, Object> contest = map("code", code, "name", name, "shape", "party-lists");
    contest.put("dapils", new ArrayList<>());
    contests.add(contest);
    return new PartyLists(contest);
  }

  /** The definition as nested maps and lists, keys in the contract's order. */
  public Map<String, Object> tree() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    ELECTION_KEYS.stream()
        .filter(election::containsKey)
        .forEach(key -> ordered.put(key, election.get(key)));
    Map<String, Object> root = map("format", "rekap-election/1", "election", ordered);
    if (!parties.isEmpty()) {
      root.put("parties", parties);
    }
    root.put("contests", contests);
    return root;
  }

  /** The definition, pretty-printed with the keys in the contract's order. */
  public String json() {
    return print(ORDERED);
  }

  /** The definition, pretty-printed with every object's keys sorted. */
  public String sortedJson() {
    return print(SORTED);
  }

  /** Writes {@link #json()} to {@code file} (UTF-8) and returns the file. */
  public Path write(Path file) {
    return write(file, json());
  }

  /** Writes {@link #sortedJson()} to {@code file} (UTF-8) and returns the file. */
  public Path writeSorted(Path file) {
    return write(file, sortedJson());
  }

  private String print(ObjectMapper mapper) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an election definition is always JSON", e);
    }
  }

  private static Path write(Path file, String json) {
    try {
      return Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The candidates (or pairs) of a {@code candidates} contest, in ballot order. */
  public static final class Candidates {
    private final Map<String, Object> contest;
    private final List<Map<String, Object>> candidates = new ArrayList<>();

    private Candidates(Map<String, Object> contest) {
      this.contest = contest;
      contest.put("candidates", candidates);
    }

    /** A candidate (or pair) without the {@code sex} key. */
    public Candidates candidate(int number, String sirekapId, String name) {
      return candidate(number, sirekapId, name, null);
    }

    /** A candidate with {@code sex} {@code L} or {@code P} ({@code null}: no such key). */
    public Candidates candidate(int number, String sirekapId, String name, String sex) {
      candidates.add(map("number", number, "sirekapId", sirekapId, "name", name, "sex", sex));
      return this;
    }
  }

  /** The dapils of a {@code party-lists} contest. */
  public static final class PartyLists {
    private final List<Map<String, Object>> dapils;

    @SuppressWarnings("unchecked")
    private PartyLists(Map<String, Object> contest) {
      this.dapils = (List<Map<String, Object>>) contest.get("dapils");
    }

    /** A dapil of {@code seats} seats covering these kab/kota or kecamatan codes. */
    public Dapil dapil(String code, String name, int seats, List<String> regions) {
      List<Map<String, Object>> lists = new ArrayList<>();
      dapils.add(
          map(
              "code",
              code,
              "name",
              name,
              "seats",
              seats,
              "regions",
              List.copyOf(regions),
              "lists",
              lists));
      return new Dapil(lists);
    }
  }

  /** The party lists of one dapil. */
  public static final class Dapil {
    private final List<Map<String, Object>> lists;

    private Dapil(List<Map<String, Object>> lists) {
      this.lists = lists;
    }

    /** The list of party {@code party} in this dapil; add its caleg to the result. */
    public Candidates list(int party) {
      Map<String, Object> list = map("party", party);
      lists.add(list);
      return new Candidates(list);
    }
  }

  /** The keys and values in this order, a {@code null} value leaving its key out. */
  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        m.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return m;
  }
}
