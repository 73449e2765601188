package id.rekap.core.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.support.RawSirekap.TpsValues;
import id.rekap.testsupport.ElectionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated election for the 3101 region with every ballot shape: PPWP (the real paslon), DPD
 * ({@code candidates}, scope 31), DPR ({@code party-lists}, two dapils, one per kecamatan, party 5
 * standing only in the first) and DPRD Provinsi (one dapil covering only 310101, so the TPS of
 * 310102 do not vote it). Files are written in Sirekap's shape and folder layout from a seeded
 * {@link Random}, with the irregularities of real data: unread TPS, null cells, missing parties,
 * missing admin blocks, the {@code "null": null} artefact and extra keys.
 */
public final class SyntheticElection {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public record Cand(int number, String sirekapId) {}

  public record PList(int party, List<Cand> candidates) {}

  public record DapilSpec(String code, String region, List<PList> lists) {}

  private final List<Cand> dpd = new ArrayList<>();
  private final Map<String, List<DapilSpec>> dapils = new LinkedHashMap<>();
  private int nextId = 200_001;

  public SyntheticElection(Random random) {
    for (int n = 1; n <= 5; n++) {
      dpd.add(new Cand(n, Integer.toString(nextId++)));
    }
    dapils.put(
        "pdpr",
        List.of(
            new DapilSpec("DKI-A", "310101", lists(random, 5)),
            new DapilSpec("DKI-B", "310102", lists(random, 4))));
    dapils.put("pdprdp", List.of(new DapilSpec("DKI-P1", "310101", lists(random, 3))));
  }

  private List<PList> lists(Random random, int parties) {
    List<PList> out = new ArrayList<>();
    for (int p = 1; p <= parties; p++) {
      List<Cand> cands = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int c = 1; c <= n; c++) {
        cands.add(new Cand(c, Integer.toString(nextId++)));
      }
      out.add(new PList(p, cands));
    }
    return out;
  }

  /** The election definition ({@code rekap-election/1}). */
  public String definition() {
    ElectionBuilder election = ElectionBuilder.election("pemilu-uji", "Pemilu uji");
    String[] abbr = {"PKB", "GERINDRA", "PDIP", "GOLKAR", "NASDEM"};
    for (int i = 0; i < abbr.length; i++) {
      election.party(i + 1, abbr[i], "Partai " + abbr[i]);
    }
    ElectionBuilder.Candidates ppwp = election.candidates("ppwp", "PPWP");
    // in ballot order: PPWP_IDS is a Map.of, whose order changes from one JVM to the next
    RealSample.PPWP_IDS.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> ppwp.candidate(e.getValue(), e.getKey(), "Paslon " + e.getValue()));
    ElectionBuilder.Candidates dpdContest = election.candidates("pdpd", "DPD", "31");
    for (Cand c : dpd) {
      dpdContest.candidate(
          c.number(), c.sirekapId(), "Calon DPD " + c.number(), c.number() % 2 == 0 ? "P" : "L");
    }
    dapils.forEach(
        (contest, ds) -> {
          ElectionBuilder.PartyLists c =
              election.partyLists(contest, contest.toUpperCase(java.util.Locale.ROOT));
          for (DapilSpec d : ds) {
            ElectionBuilder.Dapil dapil = c.dapil(d.code(), d.code(), 3, List.of(d.region()));
            for (PList l : d.lists()) {
              ElectionBuilder.Candidates list = dapil.list(l.party());
              for (Cand k : l.candidates()) {
                list.candidate(k.number(), k.sirekapId(), "Caleg " + l.party() + "-" + k.number());
              }
            }
          }
        });
    return election.json();
  }

  public List<String> partyListContests() {
    return List.copyOf(dapils.keySet());
  }

  /** The dapil of a party-list contest a TPS votes in, if any. */
  public Optional<DapilSpec> dapilOf(String contest, String tps) {
    return dapils.get(contest).stream().filter(d -> tps.startsWith(d.region())).findFirst();
  }

  /** DPD candidates: sirekapId to number. */
  public Map<String, Integer> dpdIds() {
    Map<String, Integer> m = new LinkedHashMap<>();
    dpd.forEach(c -> m.put(c.sirekapId(), c.number()));
    return m;
  }

  /** Caleg sirekapId to number, per party, of a dapil. */
  public static Map<Integer, Map<String, Integer>> numbers(DapilSpec d) {
    Map<Integer, Map<String, Integer>> m = new TreeMap<>();
    for (PList l : d.lists()) {
      Map<String, Integer> ids = new LinkedHashMap<>();
      l.candidates().forEach(c -> ids.put(c.sirekapId(), c.number()));
      m.put(l.party(), ids);
    }
    return m;
  }

  /**
   * The value keys of a row of a party-list contest over some TPS: every party of the dapils those
   * TPS vote in, and per-caleg keys only when they all vote in one dapil (a caleg number names one
   * person only within a dapil), then block V and the admin object.
   */
  public List<String> partyListKeys(String contest, List<String> tps) {
    TreeSet<String> codes = new TreeSet<>();
    tps.forEach(t -> dapilOf(contest, t).ifPresent(d -> codes.add(d.code())));
    Map<Integer, List<Cand>> parties = new TreeMap<>();
    for (DapilSpec d : dapils.get(contest)) {
      if (codes.contains(d.code())) {
        d.lists()
            .forEach(
                l ->
                    parties.merge(
                        l.party(), codes.size() == 1 ? l.candidates() : List.of(), (a, b) -> a));
      }
    }
    List<String> keys = new ArrayList<>();
    parties.forEach(
        (p, cands) -> {
          keys.add("choices." + p + ".total");
          keys.add("choices." + p + ".partyOnly");
          cands.forEach(c -> keys.add("choices." + p + ".candidates." + c.number()));
        });
    keys.addAll(RawSirekap.ADMIN.keySet());
    return keys;
  }

  /** The dapil codes the TPS of a row vote in, as the flattened {@code dapils} array. */
  public String dapilsOf(String contest, List<String> tps) {
    TreeSet<String> codes = new TreeSet<>();
    tps.forEach(t -> dapilOf(contest, t).ifPresent(d -> codes.add(d.code())));
    return String.join(" ", codes);
  }

  /** The value keys of a DPD row. */
  public List<String> dpdKeys() {
    List<String> keys = new ArrayList<>();
    dpd.forEach(c -> keys.add("choices." + c.number()));
    keys.addAll(RawSirekap.ADMIN.keySet());
    return keys;
  }

  /**
   * Writes one file per TPS that votes the contest, {@code <dir>/<contest>/31/3101/<kec>/<desa>/
   * <tps>.json}, and returns what the test reads back from each with {@link RawSirekap}.
   */
  public Map<String, TpsValues> writeFiles(
      Path dir, String contest, List<String> tps, Random random) {
    Map<String, TpsValues> out = new TreeMap<>();
    for (String t : tps) {
      Optional<DapilSpec> dapil = contest.equals("pdpd") ? Optional.empty() : dapilOf(contest, t);
      if (!contest.equals("pdpd") && dapil.isEmpty()) {
        continue;
      }
      ObjectNode file = tpsFile(random, dapil);
      Path path = path(dir, contest, t);
      write(path, file);
      out.put(
          t,
          dapil.isPresent()
              ? RawSirekap.partyLists(path, numbers(dapil.get()))
              : RawSirekap.candidates(path, dpdIds()));
    }
    return out;
  }

  public static Path path(Path dir, String contest, String tps) {
    return dir.resolve(contest)
        .resolve(tps.substring(0, 2))
        .resolve(tps.substring(0, 4))
        .resolve(tps.substring(0, 6))
        .resolve(tps.substring(0, 10))
        .resolve(tps + ".json");
  }

  public static void write(Path path, ObjectNode json) {
    try {
      Files.createDirectories(path.getParent());
      MAPPER.writeValue(path.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode tpsFile(Random random, Optional<DapilSpec> dapil) {
    ObjectNode f = JSON.objectNode();
    f.put("mode", "hhcw");
    int kind = random.nextInt(20);
    if (kind < 3) {
      // not yet digitised, as Sirekap publishes it
      f.putNull("chart");
      f.putNull("administrasi");
      f.put("status_suara", false);
      return f;
    }
    ObjectNode chart = f.putObject("chart");
    if (random.nextBoolean()) {
      chart.putNull("null");
    }
    if (dapil.isPresent()) {
      for (PList l : dapil.get().lists()) {
        if (random.nextInt(10) == 0) {
          continue; // party missing from this TPS's chart
        }
        ObjectNode p = chart.putObject(Integer.toString(l.party()));
        int partyOnly = random.nextInt(120);
        long sum = partyOnly;
        putCount(p, "jml_suara_partai", random, partyOnly);
        for (Cand c : l.candidates()) {
          int v = random.nextInt(80);
          if (putCount(p, c.sirekapId(), random, v)) {
            sum += v;
          }
        }
        putCount(p, "jml_suara_total", random, (int) sum);
      }
    } else {
      for (Cand c : dpd) {
        putCount(chart, c.sirekapId(), random, random.nextInt(250));
      }
    }
    f.putArray("images").add("https://example.invalid/c1.jpg").addNull();
    if (random.nextInt(8) > 0) {
      ObjectNode adm = f.putObject("administrasi");
      for (String key : RawSirekap.ADMIN.values()) {
        putCount(adm, key, random, random.nextInt(400));
      }
      adm.put("pengguna_dpt_l", random.nextInt(200)); // a field the contract's admin omits
    } else {
      f.putNull("administrasi");
    }
    f.putNull("psu");
    f.put("ts", "2024-02-16 16:25:10");
    // one in twenty read files is withdrawn (status_suara false): not received
    f.put("status_suara", kind != 3);
    f.put("status_adm", true);
    return f;
  }

  /** Puts the value (mostly), null (sometimes) or nothing; true when the value was put. */
  private static boolean putCount(ObjectNode node, String key, Random random, int value) {
    int r = random.nextInt(20);
    if (r == 0) {
      node.putNull(key);
      return false;
    }
    if (r == 1) {
      return false;
    }
    node.put(key, value);
    return true;
  }
}
