package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Messages;
import id.rekap.core.demo.DemoData;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.support.RawSirekap;
import id.rekap.core.support.RealSample;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on the 88 real Kepulauan Seribu files: the test reads the raw JSON with Jackson's tree
 * model and works out, from the numbers alone and the rule definitions of docs/rules.md, which rule
 * each TPS breaks; the engine's findings over the imported workspace must be exactly that list.
 *
 * <p>Sirekap publishes blocks I, IV and V, so the rules that can fire on a TPS are R1–R5, R8–R11,
 * R20 and R21; R6, R7 and R12 need blocks Sirekap does not publish, and R13–R15, R18, R19 need
 * ballots, words or sources this PPWP-only, Sirekap-only sample does not have.
 */
class RealDataFindingsTest {
  private static final int CAP = 306;
  private static final int BOX = 999;

  @TempDir static Path dir;
  private static Workspace ws;
  private static List<Finding> findings;
  private static Map<String, Raw> raw;

  /** One file as the test reads it: its chart (by paslon number) and administrasi, if read. */
  record Raw(String code, boolean received, Map<Integer, Long> chart, JsonNode adm) {
    Long a(String key) {
      JsonNode v = adm == null ? null : adm.get(key);
      return v == null || v.isNull() ? null : v.longValue();
    }

    Long chartSum() {
      long sum = 0;
      for (Long v : chart.values()) {
        if (v == null) {
          return null;
        }
        sum += v;
      }
      return sum;
    }
  }

  @BeforeAll
  static void check() {
    ws = Workspaces.sample(dir.resolve("ws"));
    findings = ws.check().run().findings();
    raw = readRaw(Workspaces.demoFiles().resolve(DemoData.RESULTS));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void theSampleIsWhatTheDerivationAssumes() {
    assertThat(raw).hasSize(88);
    assertThat(raw.values().stream().filter(Raw::received)).hasSize(81);
    // a read administrasi block has every field; so "incomplete" means "administrasi null"
    for (Raw r : raw.values()) {
      if (r.received() && r.adm() != null) {
        r.adm().properties().forEach(e -> assertThat(e.getValue().isNull()).as(r.code()).isFalse());
      }
      if (r.received()) {
        assertThat(r.chart()).as(r.code()).hasSize(3).doesNotContainValue(null);
      }
    }
  }

  @Test
  void tpsFindingsAreExactlyWhatTheRawNumbersBreak() {
    List<String> expected = new ArrayList<>();
    raw.values().forEach(r -> expected.addAll(expectedAt(r)));
    List<String> actual =
        findings.stream()
            .filter(f -> f.level() == RecapLevel.TPS)
            .map(f -> f.code() + " " + f.rule())
            .toList();
    assertThat(sorted(actual)).isEqualTo(sorted(expected));
    // the sample has real errors of most kinds; an empty derivation would prove nothing
    assertThat(expected.stream().map(s -> s.substring(14)).distinct())
        .contains("R1", "R3", "R4", "R5", "R8", "R9", "R10", "R20", "R21");
  }

  @Test
  void tpsTheTestFindsCleanHaveNoError() {
    long clean = 0;
    for (Raw r : raw.values()) {
      if (r.received()
          && expectedAt(r).stream().allMatch(s -> s.endsWith("R20") || s.endsWith("R21"))) {
        clean++;
        assertThat(findings)
            .filteredOn(f -> f.code().equals(r.code()))
            .extracting(Finding::severity)
            .as(r.code())
            .doesNotContain(Severity.ERROR);
      }
    }
    assertThat(clean).isGreaterThan(50);
  }

  @Test
  void findingsCarryTheRawNumbersAndRenderInBothLanguages() {
    for (Finding f : findings) {
      RuleFixture.assertRenders(f);
    }
    // spot checks against the raw files: the example of docs/contract.md §6 is this TPS
    Raw first = raw.get("3101011001001");
    Finding r5 =
        findings.stream()
            .filter(f -> f.code().equals(first.code()) && f.rule().equals("R5"))
            .findFirst()
            .orElseThrow();
    assertThat(r5.values())
        .containsEntry("total", first.a("suara_total"))
        .containsEntry("users", first.a("pengguna_total_j"));
    assertThat(r5.message(Messages.INDONESIAN))
        .isEqualTo("Jumlah suara (233) tidak sama dengan pengguna hak pilih (292)");
    Raw ghost = raw.get("3101011003008");
    Finding r10 =
        findings.stream()
            .filter(f -> f.code().equals(ghost.code()) && f.rule().equals("R10"))
            .findFirst()
            .orElseThrow();
    assertThat(r10.values())
        .containsEntry("choices.2", ghost.chart().get(2))
        .containsEntry("choicesSum", ghost.chartSum())
        .containsEntry("cap", (long) CAP);
  }

  @Test
  void tpsWithVotesButNoAdministrasiAreIncompleteNotWrong() {
    List<String> noAdmin =
        raw.values().stream().filter(r -> r.received() && r.adm() == null).map(Raw::code).toList();
    assertThat(noAdmin).hasSizeGreaterThan(10);
    for (String code : noAdmin) {
      List<Finding> at = findings.stream().filter(f -> f.code().equals(code)).toList();
      assertThat(at).extracting(Finding::rule).as(code).containsExactly("R21");
      assertThat(at.getFirst().severity()).isEqualTo(Severity.WARNING);
      assertThat(at.getFirst().values())
          .containsEntry("rules", List.of("R1", "R2", "R5", "R9"))
          .containsEntry("missing", List.of("valid", "invalid", "total", "users", "dpt"));
    }
  }

  @Test
  void r17ListsTheSevenNotDigitisedTpsAtEveryLevel() {
    List<String> missing =
        raw.values().stream().filter(r -> !r.received()).map(Raw::code).sorted().toList();
    assertThat(missing).hasSize(7);
    Map<String, List<String>> expected = new TreeMap<>();
    for (String code : missing) {
      for (int digits : new int[] {10, 6, 4}) {
        expected.computeIfAbsent(code.substring(0, digits), x -> new ArrayList<>()).add(code);
      }
    }
    List<Finding> r17 = findings.stream().filter(f -> f.rule().equals("R17")).toList();
    assertThat(r17)
        .extracting(Finding::code)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Finding f : r17) {
      List<String> codes = expected.get(f.code());
      long tpsBelow = raw.keySet().stream().filter(c -> c.startsWith(f.code())).count();
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.level())
          .isEqualTo(
              switch (f.code().length()) {
                case 10 -> RecapLevel.DESA;
                case 6 -> RecapLevel.KECAMATAN;
                default -> RecapLevel.KABKOTA;
              });
      assertThat(f.values())
          .containsEntry("expected", tpsBelow)
          .containsEntry("received", tpsBelow - codes.size())
          .containsEntry("missing", (long) codes.size());
      assertThat(f.message(Messages.INDONESIAN))
          .isEqualTo(
              codes.size() + " dari " + tpsBelow + " TPS belum masuk: " + String.join(", ", codes));
    }
    assertThat(expected.get("3101")).isEqualTo(missing);
  }

  @Test
  void regionFindingsFollowTheSumsOfTheirReceivedTps() {
    // a region sums a field only when every received TPS beneath it reported it: where some TPS
    // lack administrasi, the identities are not evaluable (R21); elsewhere they apply to the sums
    Map<String, List<Raw>> byRegion = new TreeMap<>();
    for (Raw r : raw.values()) {
      for (int digits : new int[] {10, 6, 4}) {
        byRegion.computeIfAbsent(r.code().substring(0, digits), x -> new ArrayList<>()).add(r);
      }
    }
    List<String> expected = new ArrayList<>();
    byRegion.forEach(
        (code, tps) -> {
          List<Raw> in = tps.stream().filter(Raw::received).toList();
          if (in.size() < tps.size()) {
            expected.add(code + " R17");
          }
          if (in.stream().anyMatch(r -> r.adm() == null)) {
            expected.add(code + " R21");
            return;
          }
          Raw sum = sum(code, in);
          for (String rule : identityRulesBroken(sum)) {
            expected.add(code + " " + rule);
          }
        });
    List<String> actual =
        findings.stream()
            .filter(f -> f.level() != RecapLevel.TPS)
            .map(f -> f.code() + " " + f.rule())
            .toList();
    assertThat(sorted(actual)).isEqualTo(sorted(expected));
  }

  /** What the rules of docs/rules.md say about one raw TPS file. */
  private static List<String> expectedAt(Raw r) {
    List<String> out = new ArrayList<>();
    if (!r.received()) {
      return out;
    }
    if (r.adm() == null) {
      out.add(r.code() + " R21");
      return out;
    }
    identityRulesBroken(r).forEach(rule -> out.add(r.code() + " " + rule));
    // R8: DPT voters ≤ DPT, per column
    for (String s : List.of("l", "p", "j")) {
      if (r.a("pengguna_dpt_" + s) > r.a("pemilih_dpt_" + s)) {
        out.add(r.code() + " R8");
      }
    }
    // R9: voters ≤ DPT + ceil(2 % of DPT)
    long dpt = r.a("pemilih_dpt_j");
    long users = r.a("pengguna_total_j");
    if (users > dpt + (dpt * 2 + 99) / 100) {
      out.add(r.code() + " R9");
    }
    // R10: any count, or the sum of the votes, above 300 + 6; R11: any count above 999
    List<Long> counts = new ArrayList<>(r.chart().values());
    r.adm().properties().forEach(e -> counts.add(e.getValue().longValue()));
    long sum = r.chartSum();
    if (sum > CAP || counts.stream().anyMatch(v -> v > CAP)) {
      out.add(r.code() + " R10");
    }
    if (counts.stream().anyMatch(v -> v > BOX)) {
      out.add(r.code() + " R11");
    }
    // R20: full turnout (DPT ≥ 100), votes without voters, every valid vote (≥ 50) to one pair
    if (users == dpt && dpt >= 100) {
      out.add(r.code() + " R20");
    }
    if (sum > 0 && users == 0) {
      out.add(r.code() + " R20");
    }
    long valid = r.a("suara_sah");
    if (valid >= 50) {
      r.chart().values().stream().filter(v -> v == valid).forEach(v -> out.add(r.code() + " R20"));
    }
    return out;
  }

  /** R1–R5 on a file's (or a region sum's) blocks I, IV and V. */
  private static List<String> identityRulesBroken(Raw r) {
    List<String> out = new ArrayList<>();
    if (r.chartSum() != (long) r.a("suara_sah")) {
      out.add("R1");
    }
    if (r.a("suara_sah") + r.a("suara_tidak_sah") != r.a("suara_total")) {
      out.add("R2");
    }
    for (String s : List.of("l", "p", "j")) {
      if (r.a("pengguna_dpt_" + s) + r.a("pengguna_dptb_" + s) + r.a("pengguna_non_dpt_" + s)
          != r.a("pengguna_total_" + s)) {
        out.add("R3");
      }
    }
    for (String row :
        List.of(
            "pemilih_dpt", "pengguna_dpt", "pengguna_dptb", "pengguna_non_dpt", "pengguna_total")) {
      if (r.a(row + "_l") + r.a(row + "_p") != r.a(row + "_j")) {
        out.add("R4");
      }
    }
    if ((long) r.a("suara_total") != r.a("pengguna_total_j")) {
      out.add("R5");
    }
    return out;
  }

  /** A region's raw sums, as a Raw record (every received TPS has administrasi here). */
  private static Raw sum(String code, List<Raw> tps) {
    Map<Integer, Long> chart = new TreeMap<>();
    var adm = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (Raw r : tps) {
      r.chart().forEach((k, v) -> chart.merge(k, v, Long::sum));
      r.adm()
          .properties()
          .forEach(
              e -> adm.put(e.getKey(), adm.path(e.getKey()).asLong(0) + e.getValue().longValue()));
    }
    return new Raw(code, true, chart, adm);
  }

  private static List<String> sorted(List<String> entries) {
    return entries.stream()
        .sorted(
            Comparator.comparing((String s) -> s.substring(0, s.indexOf(' ')))
                .thenComparingInt(s -> Integer.parseInt(s.substring(s.indexOf(' ') + 2))))
        .toList();
  }

  private static Map<String, Raw> readRaw(Path folder) {
    Map<String, Raw> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(
          f -> {
            JsonNode root = RawSirekap.read(f);
            String code = f.getFileName().toString().replace(".json", "");
            JsonNode chart = root.get("chart");
            boolean received =
                chart != null && chart.isObject() && root.path("status_suara").asBoolean(false);
            Map<Integer, Long> votes = new LinkedHashMap<>();
            if (received) {
              RealSample.PPWP_IDS.forEach(
                  (id, number) -> {
                    JsonNode v = chart.get(id);
                    votes.put(number, v == null || v.isNull() ? null : v.longValue());
                  });
            }
            JsonNode adm = root.get("administrasi");
            out.put(code, new Raw(code, received, votes, adm == null || adm.isNull() ? null : adm));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
