package id.rekap.core.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Sirekap TPS result files in the two documented layouts, from the same numbers: the Pemilu
 * 2024 layout ({@code chart}, {@code administrasi}, {@code status_suara} at the top level,
 * docs/election-facts.md §7.1, as in the real files of {@code
 * shared/data/sirekap-ppwp-2024-sample}) and the Pilkada 2024 layout (both blocks under {@code
 * tungsura}, no status flags, §11.1). Both carry Sirekap's {@code "null": null} artefact in the
 * chart, the photo addresses of the TPS and the public folder layout ({@code
 * hhcw/<contest>/<pp>/<kkkk>/<kec>/<desa>/<tps>.json}).
 */
public final class SirekapTpsFiles {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Which layout to write. */
  public enum Layout {
    PEMILU,
    PILKADA
  }

  /**
   * The numbers of one TPS: votes by Sirekap candidate id, invalid votes and the DPT; the voters
   * who voted are the valid plus invalid votes, all of them on the DPT, split L/P.
   */
  public record Numbers(String tps, Map<String, Integer> votes, int invalid, int dpt) {
    public Numbers {
      votes = new LinkedHashMap<>(votes);
    }

    public int valid() {
      return votes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
      return valid() + invalid;
    }
  }

  private SirekapTpsFiles() {}

  /** Writes one TPS file under {@code root} in the public folder layout; returns its path. */
  public static Path write(Path root, Layout layout, String contest, Numbers n, String psu) {
    ObjectNode doc = document(layout, contest, n, psu);
    return writeJson(root, contest, n.tps(), doc);
  }

  /** A record Sirekap has not digitised yet, in the given layout. */
  public static Path notDigitised(Path root, Layout layout, String contest, String tps) {
    ObjectNode doc = F.objectNode();
    doc.put("mode", "hhcw");
    if (layout == Layout.PEMILU) {
      doc.putNull("chart");
      doc.putArray("images");
      doc.putNull("administrasi");
      doc.putNull("psu");
      doc.put("ts", "2024-11-28 09:00:00");
      doc.put("status_suara", false);
      doc.put("status_adm", false);
    } else {
      doc.putNull("psu");
      doc.put("ts", "2024-11-28 09:00:00");
      doc.putArray("images");
      ObjectNode t = doc.putObject("tungsura");
      t.putNull("chart");
      t.putNull("administrasi");
    }
    return writeJson(root, contest, tps, doc);
  }

  /** The document of one TPS, for tests that damage it before writing. */
  public static ObjectNode document(Layout layout, String contest, Numbers n, String psu) {
    ObjectNode chart = F.objectNode();
    chart.putNull("null");
    n.votes().forEach(chart::put);
    ObjectNode admin = admin(n);
    ObjectNode doc = F.objectNode();
    doc.put("mode", "hhcw");
    if (layout == Layout.PEMILU) {
      doc.set("chart", chart);
      doc.set("images", images(layout, contest, n.tps()));
      doc.set("administrasi", admin);
      putPsu(doc, psu);
      doc.put("ts", "2024-11-28 10:15:00");
      doc.put("status_suara", true);
      doc.put("status_adm", true);
    } else {
      putPsu(doc, psu);
      doc.put("ts", "2024-11-28 10:15:00");
      doc.set("images", images(layout, contest, n.tps()));
      ObjectNode t = doc.putObject("tungsura");
      t.set("chart", chart);
      t.set("administrasi", admin);
    }
    return doc;
  }

  /** Writes any document where Sirekap's folder layout puts the TPS's file. */
  public static Path writeJson(Path root, String contest, String tps, ObjectNode doc) {
    Path file =
        root.resolve(contest)
            .resolve(tps.substring(0, 2))
            .resolve(tps.substring(0, 4))
            .resolve(tps.substring(0, 6))
            .resolve(tps.substring(0, 10))
            .resolve(tps + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, Json.mapper().writeValueAsString(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static void putPsu(ObjectNode doc, String psu) {
    if (psu == null) {
      doc.putNull("psu");
    } else {
      doc.put("psu", psu);
    }
  }

  /** The administrative block with every key Sirekap publishes, consistent with the votes. */
  private static ObjectNode admin(Numbers n) {
    int users = n.total();
    int usersL = users / 2;
    int dptL = n.dpt() / 2;
    ObjectNode a = F.objectNode();
    a.put("suara_sah", n.valid());
    a.put("suara_total", users);
    a.put("pemilih_dpt_j", n.dpt());
    a.put("pemilih_dpt_l", dptL);
    a.put("pemilih_dpt_p", n.dpt() - dptL);
    a.put("pengguna_dpt_j", users);
    a.put("pengguna_dpt_l", usersL);
    a.put("pengguna_dpt_p", users - usersL);
    a.put("pengguna_dptb_j", 0);
    a.put("pengguna_dptb_l", 0);
    a.put("pengguna_dptb_p", 0);
    a.put("suara_tidak_sah", n.invalid());
    a.put("pengguna_total_j", users);
    a.put("pengguna_total_l", usersL);
    a.put("pengguna_total_p", users - usersL);
    a.put("pengguna_non_dpt_j", 0);
    a.put("pengguna_non_dpt_l", 0);
    a.put("pengguna_non_dpt_p", 0);
    return a;
  }

  /** Photo addresses as Sirekap publishes them: the TPS code starts each file name. */
  private static ArrayNode images(Layout layout, String contest, String tps) {
    String host =
        layout == Layout.PEMILU
            ? "sirekap-obj-formc.kpu.go.id"
            : "sirekappilkada-obj-formc.kpu.go.id";
    String election = layout == Layout.PEMILU ? "pemilu" : "pilkada";
    String dirs =
        String.join(
            "/",
            tps.substring(0, 2),
            tps.substring(2, 4),
            tps.substring(4, 6),
            tps.substring(6, 8),
            tps.substring(8, 10));
    ArrayNode out = F.arrayNode();
    for (int page = 1; page <= 2; page++) {
      out.add(
          "https://"
              + host
              + "/2851/"
              + election
              + "/"
              + contest
              + "/"
              + dirs
              + "/"
              + tps
              + "-20241127-14151"
              + page
              + "--4f9bafd8-1602-4579-9588-bf8bf3d6c28"
              + page
              + ".jpg");
    }
    out.addNull();
    return out;
  }

  /** Splits a total over {@code parts} as evenly as possible, the remainder to the first parts. */
  public static List<Integer> split(int total, int parts) {
    List<Integer> out = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      out.add(total / parts + (i < total % parts ? 1 : 0));
    }
    return out;
  }
}
