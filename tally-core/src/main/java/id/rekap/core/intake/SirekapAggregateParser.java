package id.rekap.core.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Shape;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Published;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses one Sirekap aggregate file: a desa, kecamatan, kab/kota or province file whose {@code
 * table} holds one row per child (docs/election-facts.md §7.1 for Pemilu: {@code chart} and {@code
 * table} at the top level; §11.1 for Pilkada: both under {@code tungsura}, with a {@code progres}
 * per row). Only the rows of children within the workspace's region are kept; the others are
 * counted. As strict as the TPS parser: a key that is neither a candidate of the contest nor one of
 * Sirekap's known figures is refused, never dropped.
 */
final class SirekapAggregateParser {
  private final Object file;
  private final RegionCode parent;
  private final Contest contest;
  private final RegionCode root;
  private final String sha256;

  SirekapAggregateParser(
      Object file, RegionCode parent, Contest contest, RegionCode root, String sha256) {
    this.file = file;
    this.parent = parent;
    this.contest = contest;
    this.root = root;
    this.sha256 = sha256;
    if (contest.shape() != Shape.CANDIDATES) {
      throw RekapException.badInput("published.error.shape", file, contest.code());
    }
  }

  /** The rows for children within the workspace, and how many rows lay outside it. */
  record Parsed(List<Published> rows, int outside, String timestamp) {}

  Parsed parse(byte[] content) {
    List<Published> rows = new ArrayList<>();
    int[] outside = {0};
    boolean topTable = false;
    boolean nestedTable = false;
    String ts = null;
    try (JsonParser p = JsonInput.parser(content)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_OBJECT);
      List<RawRow> raw = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "table" -> {
            topTable = true;
            table(p, value, "table", raw);
          }
          case "chart" -> chart(p, value, "chart");
          case "tungsura" -> nestedTable = tungsura(p, value, raw);
          case "ts" -> ts = value == JsonToken.VALUE_STRING ? p.getValueAsString() : null;
          default -> p.skipChildren();
        }
      }
      JsonInput.expect(p, file, p.currentToken(), JsonToken.END_OBJECT);
      if (p.nextToken() != null) {
        throw RekapException.badInput(
            "input.error.trailing", file, JsonInput.position(p.currentLocation()));
      }
      if (topTable == nestedTable) {
        throw RekapException.badInput("published.error.shape.unknown", file);
      }
      for (RawRow r : raw) {
        if (!within(r.code)) {
          outside[0]++;
        } else if (r.hasData()) {
          rows.add(
              new Published(
                  contest.code(),
                  r.code,
                  parent.value(),
                  Votes.of(r.votes),
                  r.tpsTotal,
                  r.tpsWithData,
                  ts,
                  file.toString(),
                  sha256));
        }
      }
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    return new Parsed(rows, outside[0], ts);
  }

  /** Pilkada's {@code tungsura}: chart and table; true when it held the table. */
  private boolean tungsura(JsonParser p, JsonToken value, List<RawRow> raw) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    JsonInput.expect(p, file, value, JsonToken.START_OBJECT);
    boolean found = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "table" -> {
          found = true;
          table(p, v, "tungsura.table", raw);
        }
        case "chart" -> chart(p, v, "tungsura.chart");
        default -> p.skipChildren();
      }
    }
    return found;
  }

  /** The file's own total: checked like a row, not kept (the children's rows are compared). */
  private void chart(JsonParser p, JsonToken value, String place) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    JsonInput.expect(p, file, value, JsonToken.START_OBJECT);
    row(p, place, new RawRow(parent.value()));
  }

  private void table(JsonParser p, JsonToken value, String place, List<RawRow> out)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    JsonInput.expect(p, file, value, JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      JsonToken v = p.nextToken();
      String rowPlace = place + "." + code;
      if (!isChild(code)) {
        throw RekapException.badInput("published.error.child", file, rowPlace, code, parent);
      }
      RawRow row = new RawRow(code);
      if (v != JsonToken.VALUE_NULL) {
        JsonInput.expect(p, file, v, JsonToken.START_OBJECT);
        row(p, rowPlace, row);
      }
      out.add(row);
    }
  }

  /** The fields of one row (or of the chart): candidate counts and Sirekap's known figures. */
  private void row(JsonParser p, String place, RawRow into) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      String cell = place + "." + key;
      if (!key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
        var candidate =
            contest
                .candidateBySirekapId(key)
                .orElseThrow(
                    () ->
                        RekapException.badInput(
                            "result.error.unknownCandidate", file, cell, key, contest.code()));
        into.votes.put(VoteKey.candidate(candidate.number()), count(p, v, cell));
        continue;
      }
      switch (key) {
        case "progres" -> progres(p, v, cell, into);
        case "psu", "persen", "status_progress", "ts", "mode" -> p.skipChildren();
        case "null" -> {
          if (v != JsonToken.VALUE_NULL) {
            throw RekapException.badInput("result.error.unknownKey", file, cell, key);
          }
        }
        default -> throw RekapException.badInput("result.error.unknownKey", file, cell, key);
      }
    }
  }

  private void progres(JsonParser p, JsonToken v, String place, RawRow into) throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    JsonInput.expect(p, file, v, JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      switch (key) {
        case "total" -> into.tpsTotal = count(p, value, place + ".total");
        case "progres" -> into.tpsWithData = count(p, value, place + ".progres");
        default -> p.skipChildren();
      }
    }
  }

  private Integer count(JsonParser p, JsonToken value, String place) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw RekapException.badInput("result.error.type", file, place, p.getText());
    }
    long n = p.getLongValue();
    if (n < 0) {
      throw RekapException.badInput("result.error.negative", file, place, n);
    }
    if (n > Integer.MAX_VALUE / 2) {
      throw RekapException.badInput("result.error.absurd", file, place, n, Integer.MAX_VALUE / 2);
    }
    return (int) n;
  }

  /** A code one level below the file's region: its kab/kota, kecamatan, desa or TPS. */
  private boolean isChild(String code) {
    if (!code.startsWith(parent.value())) {
      return false;
    }
    int digits =
        parent.level() == RegionLevel.DESA
            ? TpsCode.DIGITS
            : parent.level().child().map(RegionLevel::digits).orElse(-1);
    return code.length() == digits && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** True when the child lies within the workspace region or is the region itself. */
  private boolean within(String code) {
    return code.startsWith(root.value());
  }

  /** A row as read, before it is kept or counted as outside. */
  private static final class RawRow {
    final String code;
    final Map<Integer, Integer> votes = new TreeMap<>();
    Integer tpsTotal;
    Integer tpsWithData;

    RawRow(String code) {
      this.code = code;
    }

    boolean hasData() {
      return votes.values().stream().anyMatch(v -> v != null)
          || tpsTotal != null
          || tpsWithData != null;
    }
  }
}
