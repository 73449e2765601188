// Over 400 lines: one strict reader for Sirekap's TPS files, whose Pemilu and Pilkada layouts
// share the envelope and the refusals (an unknown shape is refused, never read as zero); each
// layout could become a parser of its own.
package id.rekap.core.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.revote.RevoteKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one public Sirekap TPS file (docs/contract.md §4) into a {@link TpsResult}. Two layouts
 * exist: Pemilu 2024 puts {@code chart} and {@code administrasi} at the top level, Pilkada 2024
 * nests them under {@code tungsura} (docs/election-facts.md §11.1); {@code images}, {@code psu} and
 * {@code ts} are at the top level in both. A file with neither layout, or both, is refused: it must
 * never pass as "not yet digitised". Streaming and strict: any value that is not a whole number (or
 * null) is refused with its place, and so are counts below 0 or above {@link #ABSURD_LIMIT}, keys
 * of {@code chart} or {@code administrasi} that mean nothing here (a dropped key would be a
 * silently lost number), and photos of another TPS or contest (a file copied under another TPS's
 * name). Empty when the file says the record is not yet digitised.
 */
final class SirekapTpsFileParser {
  /**
   * C.Hasil boxes hold three digits, so real counts are below 1,000; Sirekap misreads produce
   * 3-digit (rarely 4-digit) numbers that must be imported so the checks can flag them. A count of
   * 100,000 or more cannot come from a form and means a broken or hostile file.
   */
  static final int ABSURD_LIMIT = 99_999;

  private static final Map<String, AdminField> ADMIN = adminMap();

  private final Object file;
  private final TpsCode tps;
  private final Contest contest;
  private final Source source;
  private final Dapil dapil;

  SirekapTpsFileParser(Object file, TpsCode tps, Contest contest, Source source) {
    this.file = file;
    this.tps = tps;
    this.contest = contest;
    this.source = source;
    this.dapil = contest.shape() == Shape.PARTY_LISTS ? contest.dapilOf(tps).orElseThrow() : null;
  }

  /**
   * The parsed record, Sirekap's own timestamp ({@code ts}) and the re-vote kind its {@code psu}
   * names (empty for an ordinary result: {@code null} or {@code "Reguler"}).
   */
  record Parsed(Optional<TpsResult> result, String timestamp, Optional<RevoteKind> revote) {}

  /** What the blocks of one layout held. */
  private static final class Blocks {
    boolean chartSeen;
    ChartCells votes;
    AdminBlock admin;
    Boolean statusSuara;
  }

  Parsed parse(byte[] content) {
    Blocks top = new Blocks();
    Blocks nested = null;
    boolean tungsuraSeen = false;
    String ts = null;
    Optional<RevoteKind> revote = Optional.empty();
    try (JsonParser p = JsonInput.parser(content)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "tungsura" -> {
            tungsuraSeen = true;
            nested = value == JsonToken.VALUE_NULL ? null : tungsura(p, value);
          }
          case "images" -> images(p, value);
          case "psu" -> revote = psu(p, value);
          case "ts" -> ts = value == JsonToken.VALUE_STRING ? p.getValueAsString() : null;
          case "table" -> throw RekapException.badInput("result.error.aggregateAsTps", file);
          default -> block(p, field, value, top, "");
        }
      }
      JsonInput.expect(p, file, p.currentToken(), JsonToken.END_OBJECT);
      if (p.nextToken() != null) {
        throw RekapException.badInput(
            "input.error.trailing", file, JsonInput.position(p.currentLocation()));
      }
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    if (tungsuraSeen && top.chartSeen) {
      throw RekapException.badInput("result.error.bothShapes", file);
    }
    if (!tungsuraSeen && !top.chartSeen) {
      throw RekapException.badInput("result.error.shape", file);
    }
    Blocks b = tungsuraSeen ? nested : top;
    // Not yet digitised, as the file says: tungsura null, chart null, or status_suara false. A
    // record whose votes are unread counts as not received, even if its voter block was read.
    if (b == null
        || b.votes == null
        || Boolean.FALSE.equals(b.statusSuara)
        || Boolean.FALSE.equals(top.statusSuara)) {
      return new Parsed(Optional.empty(), ts, revote);
    }
    TpsResult result =
        new TpsResult(
            tps,
            contest.code(),
            source,
            dapil == null ? null : dapil.code(),
            b.admin == null ? AdminBlock.empty() : b.admin,
            b.votes.votes());
    return new Parsed(Optional.of(result), ts, revote);
  }

  /** Pilkada's {@code tungsura} object: the chart and administrative block of the TPS. */
  private Blocks tungsura(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw wrongStructure(p, "tungsura");
    }
    Blocks b = new Blocks();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (field.equals("table")) {
        throw RekapException.badInput("result.error.aggregateAsTps", file);
      }
      block(p, field, v, b, "tungsura.");
    }
    if (!b.chartSeen) {
      throw RekapException.badInput("result.error.shape", file);
    }
    return b;
  }

  /** One field of a layout: chart, administrasi, status_suara; anything else is skipped. */
  private void block(JsonParser p, String field, JsonToken value, Blocks into, String prefix)
      throws IOException {
    switch (field) {
      case "chart" -> {
        into.chartSeen = true;
        into.votes = value == JsonToken.VALUE_NULL ? null : chart(p, prefix + "chart");
      }
      case "administrasi" ->
          into.admin =
              value == JsonToken.VALUE_NULL ? null : administrasi(p, prefix + "administrasi");
      case "status_suara" -> into.statusSuara = bool(p, value, prefix + field);
      default -> p.skipChildren();
    }
  }

  private Boolean bool(JsonParser p, JsonToken value, String field) {
    return switch (value) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw wrongType(p, field);
    };
  }

  /** Sirekap's {@code psu}: null or "Reguler" for an ordinary vote, else the re-vote's kind. */
  private Optional<RevoteKind> psu(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (value != JsonToken.VALUE_STRING) {
      throw wrongType(p, "psu");
    }
    String text = p.getValueAsString();
    if (text.strip().equalsIgnoreCase("reguler")) {
      return Optional.empty();
    }
    return Optional.of(
        RevoteKind.of(text)
            .orElseThrow(() -> RekapException.badInput("result.error.psu", file, text)));
  }

  /**
   * The photos of the C.Hasil pages. Their file names start with the TPS code and their paths name
   * the contest ({@code …/pemilu/ppwp/31/01/01/10/01/3101011001001-20240214-…jpg}); a photo of
   * another TPS or contest means the file was copied under the wrong name, and its numbers belong
   * to somewhere else.
   */
  private void images(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      throw wrongStructure(p, "images");
    }
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      String place = "images[" + index + "]";
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw wrongStructure(p, place);
      }
      ImageUrl.of(p.getValueAsString())
          .ifPresent(
              url -> {
                url.tps()
                    .filter(named -> !named.equals(tps.value()))
                    .ifPresent(
                        named -> {
                          throw RekapException.badInput(
                              "result.error.imageTps", file, place, named, tps);
                        });
                url.contest()
                    .filter(named -> named != contest.code())
                    .ifPresent(
                        named -> {
                          throw RekapException.badInput(
                              "result.error.imageContest", file, place, named, contest.code());
                        });
              });
    }
  }

  private ChartCells chart(JsonParser p, String place) throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    // Every cell of the ballot is present, null until read: an unread cell is not a 0.
    ChartCells votes = new ChartCells(contest, dapil);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      // a cell's place (chart.100025) only names it in a refusal: built then, not for every cell
      if (!isDigits(key)) {
        notACount(p, key, value, place + "." + key);
        continue;
      }
      if (contest.shape() == Shape.CANDIDATES) {
        var candidate =
            contest
                .candidateBySirekapId(key)
                .orElseThrow(
                    () ->
                        RekapException.badInput(
                            "result.error.unknownCandidate",
                            file,
                            place + "." + key,
                            key,
                            contest.code()));
        votes.put(VoteKey.candidate(candidate.number()), count(p, value, place, key));
      } else {
        party(p, value, key, place + "." + key, votes);
      }
    }
    return votes;
  }

  /**
   * A chart key that is not an id. Sirekap's {@code "null": null} artefact and its percentage
   * ({@code persen}) and progress ({@code progres}) figures are known and carry no count; anything
   * else ({@code "+100025"}, {@code "100025 "}) is refused rather than dropped, since it may well
   * be a count under a damaged key.
   */
  private void notACount(JsonParser p, String key, JsonToken value, String place)
      throws IOException {
    boolean known =
        switch (key) {
          case "null" -> value == JsonToken.VALUE_NULL;
          case "persen" -> value.isNumeric() || value == JsonToken.VALUE_NULL;
          case "progres" -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL;
          default -> false;
        };
    if (!known) {
      throw RekapException.badInput("result.error.unknownKey", file, place, key);
    }
    p.skipChildren();
  }

  private void party(JsonParser p, JsonToken value, String partyKey, String place, ChartCells votes)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_OBJECT) {
      throw wrongType(p, place);
    }
    int party;
    try {
      party = Integer.parseInt(partyKey);
    } catch (NumberFormatException e) {
      throw RekapException.badInput("result.error.unknownParty", file, place, partyKey);
    }
    if (party < 1 || party > 998) {
      throw RekapException.badInput("result.error.unknownParty", file, place, partyKey);
    }
    Optional<PartyList> list = dapil.list(party);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      switch (key) {
        case "jml_suara_partai" -> votes.put(VoteKey.partyOnly(party), count(p, v, place, key));
        case "jml_suara_total" -> votes.put(VoteKey.partyTotal(party), count(p, v, place, key));
        default -> {
          if (!isDigits(key)) {
            notACount(p, key, v, place + "." + key);
            continue;
          }
          var candidate =
              list.flatMap(l -> l.bySirekapId(key))
                  .orElseThrow(
                      () ->
                          RekapException.badInput(
                              "result.error.unknownCandidate",
                              file,
                              place + "." + key,
                              key,
                              contest.code()));
          votes.put(VoteKey.partyCandidate(party, candidate.number()), count(p, v, place, key));
        }
      }
    }
  }

  private AdminBlock administrasi(JsonParser p, String place) throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    Map<AdminField, Integer> values = new EnumMap<>(AdminField.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      AdminField field = ADMIN.get(key);
      if (field == null) {
        // "suara_sah " or "suara_sah2" is not the valid-vote count, but it may well hold it
        throw RekapException.badInput("result.error.unknownKey", file, place + "." + key, key);
      }
      values.put(field, count(p, value, place, key));
    }
    return AdminBlock.of(values);
  }

  /** The count of the cell {@code key} of {@code parent}; the cell's place is named on refusal. */
  private Integer count(JsonParser p, JsonToken value, String parent, String key)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, parent + "." + key);
    }
    long n = p.getLongValue();
    if (n < 0) {
      throw RekapException.badInput("result.error.negative", file, parent + "." + key, n);
    }
    if (n > ABSURD_LIMIT) {
      throw RekapException.badInput(
          "result.error.absurd", file, parent + "." + key, n, ABSURD_LIMIT);
    }
    return (int) n;
  }

  private RekapException wrongType(JsonParser p, String place) {
    String shown;
    try {
      shown = p.getText();
    } catch (IOException e) {
      shown = "?";
    }
    return RekapException.badInput("result.error.type", file, place, shown);
  }

  private RekapException wrongStructure(JsonParser p, String place) {
    String shown;
    try {
      shown = p.getText();
    } catch (IOException e) {
      shown = "?";
    }
    return RekapException.badInput("result.error.structure", file, place, shown);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Map<String, AdminField> adminMap() {
    Map<String, AdminField> m = new HashMap<>();
    String[][] groups = {
      {"pemilih_dpt", "DPT"},
      {"pengguna_dpt", "USERS_DPT"},
      {"pengguna_dptb", "USERS_DPTB"},
      {"pengguna_non_dpt", "USERS_DPK"},
      {"pengguna_total", "USERS"}
    };
    for (String[] g : groups) {
      m.put(g[0] + "_l", AdminField.valueOf(g[1] + "_L"));
      m.put(g[0] + "_p", AdminField.valueOf(g[1] + "_P"));
      m.put(g[0] + "_j", AdminField.valueOf(g[1]));
    }
    m.put("suara_sah", AdminField.VALID);
    m.put("suara_tidak_sah", AdminField.INVALID);
    m.put("suara_total", AdminField.TOTAL);
    return Map.copyOf(m);
  }
}
