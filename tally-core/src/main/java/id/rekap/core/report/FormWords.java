package id.rekap.core.report;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a form's texts are filled with: the region names, whether the kab/kota is a kabupaten
 * or a kota, the election year, the ballot reserve, and the committee's name in the level's texts.
 */
final class FormWords {
  private FormWords() {}

  /** The {@code {name}} values for the texts of a form of the region at the end of the lineage. */
  static Map<String, String> of(FormTexts t, ElectionDefinition e, List<Region> lineage) {
    Map<String, String> w = new HashMap<>();
    for (Region r : lineage) {
      w.put(r.level().id(), r.name());
    }
    w.putIfAbsent("provinsi", "");
    w.putIfAbsent("kabkota", "");
    w.putIfAbsent("kecamatan", "");
    String kind = isKota(lineage) ? "kota" : "kabupaten";
    w.put("kabkotaKind", t.get("kabkota." + kind));
    w.put("kabkotaKindText", t.get("kabkota.text." + kind));
    w.put("kabkotaKindLower", t.get("kabkota.text." + kind).toLowerCase(Locale.ROOT));
    w.put("year", year(e));
    w.put("reserve", reserve(e.ballotReservePercent()));
    if (t.has("committee")) {
      w.put("committee", t.fill("committee", w));
      w.put("committeeShort", t.fill("committee.short", w));
      w.put("committeeUpper", t.fill("committeeUpper", w));
      w.put("panwaslu", t.fill("panwaslu", w));
    }
    return w;
  }

  /**
   * A kab/kota is a kota when its code's last two digits are 71 or more (Kemendagri coding); the
   * names do not say it reliably ("LIMA PULUH KOTA" is a kabupaten).
   */
  static boolean isKota(List<Region> lineage) {
    for (Region r : lineage) {
      if (r.level() == RegionLevel.KABKOTA) {
        return Integer.parseInt(r.code().value().substring(2, 4)) >= 71;
      }
    }
    return false;
  }

  /** The key of a contest in the texts: the code, and for bupati/walikota which of the two. */
  static String contestKey(ContestCode code, List<Region> lineage) {
    if (code == ContestCode.PKWKK) {
      return code.id() + (isKota(lineage) ? ".walikota" : ".bupati");
    }
    return code.id();
  }

  static String year(ElectionDefinition e) {
    String date = e.date() == null ? "" : e.date();
    return date.length() >= 4 ? date.substring(0, 4) : date;
  }

  /** 2.0 → "2", 2.5 → "2,5" (Indonesian decimal comma). */
  static String reserve(double percent) {
    if (percent == Math.rint(percent)) {
      return Long.toString((long) percent);
    }
    return Double.toString(percent).replace('.', ',');
  }

  /** The two-digit province code of a lineage ("" when it has none). */
  static String province(List<Region> lineage) {
    return lineage.isEmpty() ? "" : lineage.getFirst().code().value().substring(0, 2);
  }
}
