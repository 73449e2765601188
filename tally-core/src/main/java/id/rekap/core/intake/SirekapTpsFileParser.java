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
import id.rekap.core.result.Votes;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one public Sirekap TPS file ({@code formats.md} §4) into a {@link TpsResult}. Streaming
 * and strict: any value that is not a whole number (or null) is refused with its place, and so are
 * counts below 0 or above {@link #ABSURD_LIMIT}. Empty when the record is not yet digitised.
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

  /** The parsed record and Sirekap's own timestamp ({@code ts}), or empty when not digitised. */
  record Parsed(Optional<TpsResult> result, String timestamp) {}

  Parsed parse(byte[] content) {
    Map<Integer, Integer> votes = null;
    AdminBlock admin = null;
    Boolean statusSuara = null;
    String ts = null;
    try (JsonParser p = JsonInput.parser(content)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "chart" -> votes = value == JsonToken.VALUE_NULL ? null : chart(p);
          case "administrasi" -> admin = value == JsonToken.VALUE_NULL ? null : administrasi(p);
          case "status_suara" -> statusSuara = bool(p, value, field);
          case "ts" -> ts = value == JsonToken.VALUE_STRING ? p.getValueAsString() : null;
          default -> p.skipChildren();
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
    // Not yet digitised: Sirekap publishes chart null and status_suara false. A record whose votes
    // are unread counts as not received, even if its voter block was read.
    if (votes == null || Boolean.FALSE.equals(statusSuara)) {
      return new Parsed(Optional.empty(), ts);
    }
    TpsResult result =
        new TpsResult(
            tps,
            contest.code(),
            source,
            dapil == null ? null : dapil.code(),
            admin == null ? AdminBlock.empty() : admin,
            Votes.of(votes));
    return new Parsed(Optional.of(result), ts);
  }

  private Boolean bool(JsonParser p, JsonToken value, String field) {
    return switch (value) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw wrongType(p, field);
    };
  }

  private Map<Integer, Integer> chart(JsonParser p) throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    Map<Integer, Integer> votes = new HashMap<>();
    // Every cell of the ballot is present, null until read: an unread cell is not a 0.
    if (contest.shape() == Shape.CANDIDATES) {
      contest.candidates().forEach(c -> votes.put(VoteKey.candidate(c.number()), null));
    } else {
      for (PartyList l : dapil.lists()) {
        votes.put(VoteKey.partyOnly(l.party()), null);
        votes.put(VoteKey.partyTotal(l.party()), null);
        l.candidates().forEach(c -> votes.put(VoteKey.partyCandidate(l.party(), c.number()), null));
      }
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      // "null": null is a Sirekap artefact, "persen" an aggregate-level extra; neither is a count.
      if (!isDigits(key)) {
        p.skipChildren();
        continue;
      }
      if (contest.shape() == Shape.CANDIDATES) {
        var candidate =
            contest
                .candidateBySirekapId(key)
                .orElseThrow(
                    () ->
                        RekapException.badInput(
                            "result.error.unknownCandidate", file, "chart." + key, key));
        votes.put(VoteKey.candidate(candidate.number()), count(p, value, "chart." + key));
      } else {
        party(p, value, key, votes);
      }
    }
    return votes;
  }

  private void party(JsonParser p, JsonToken value, String partyKey, Map<Integer, Integer> votes)
      throws IOException {
    String place = "chart." + partyKey;
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
      String cellPlace = place + "." + key;
      switch (key) {
        case "jml_suara_partai" -> votes.put(VoteKey.partyOnly(party), count(p, v, cellPlace));
        case "jml_suara_total" -> votes.put(VoteKey.partyTotal(party), count(p, v, cellPlace));
        default -> {
          if (!isDigits(key)) {
            p.skipChildren();
            continue;
          }
          var candidate =
              list.flatMap(l -> l.bySirekapId(key))
                  .orElseThrow(
                      () ->
                          RekapException.badInput(
                              "result.error.unknownCandidate", file, cellPlace, key));
          votes.put(VoteKey.partyCandidate(party, candidate.number()), count(p, v, cellPlace));
        }
      }
    }
  }

  private AdminBlock administrasi(JsonParser p) throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    Map<AdminField, Integer> values = new EnumMap<>(AdminField.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      AdminField field = ADMIN.get(key);
      if (field == null) {
        p.skipChildren();
        continue;
      }
      values.put(field, count(p, value, "administrasi." + key));
    }
    return AdminBlock.of(values);
  }

  private Integer count(JsonParser p, JsonToken value, String place) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, place);
    }
    long n = p.getLongValue();
    if (n < 0) {
      throw RekapException.badInput("result.error.negative", file, place, n);
    }
    if (n > ABSURD_LIMIT) {
      throw RekapException.badInput("result.error.absurd", file, place, n, ABSURD_LIMIT);
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

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.length() <= 12 && s.chars().allMatch(c -> c >= '0' && c <= '9');
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
