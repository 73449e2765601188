package id.rekap.core.entry;

import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Field-by-field comparison of two keyings of one form, and applying chosen values. */
public final class FieldDiff {
  /** A field the two keyings disagree on (null = left blank). */
  public record Mismatch(String field, Integer first, Integer second) {}

  private FieldDiff() {}

  public static List<Mismatch> between(TpsResult a, TpsResult b) {
    List<Mismatch> out = new ArrayList<>();
    for (AdminField f : AdminField.values()) {
      if (!Objects.equals(a.admin().get(f), b.admin().get(f))) {
        out.add(new Mismatch(FieldLabels.of(f), a.admin().get(f), b.admin().get(f)));
      }
    }
    Map<Integer, Integer> va = a.votes().asMap();
    Map<Integer, Integer> vb = b.votes().asMap();
    TreeMap<Integer, Boolean> keys = new TreeMap<>();
    va.keySet().forEach(k -> keys.put(k, true));
    vb.keySet().forEach(k -> keys.put(k, true));
    for (int k : keys.keySet()) {
      if (!Objects.equals(va.get(k), vb.get(k))) {
        out.add(new Mismatch(FieldLabels.ofVote(k), va.get(k), vb.get(k)));
      }
    }
    return out;
  }

  /** A copy of the result with the given fields set (null clears a field). */
  public static TpsResult with(TpsResult r, Map<String, Integer> values) {
    AdminBlock admin = r.admin();
    Map<Integer, Integer> votes = new TreeMap<>(r.votes().asMap());
    for (var e : values.entrySet()) {
      var field = FieldLabels.admin(e.getKey());
      if (field.isPresent()) {
        admin = admin.with(field.get(), e.getValue());
      } else {
        int key =
            FieldLabels.vote(e.getKey())
                .orElseThrow(() -> new IllegalArgumentException(e.getKey()));
        votes.put(key, e.getValue());
      }
    }
    return new TpsResult(r.tps(), r.contest(), r.source(), r.dapil(), admin, Votes.of(votes));
  }
}
