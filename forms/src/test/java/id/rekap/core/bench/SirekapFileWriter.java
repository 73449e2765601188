package id.rekap.core.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import id.rekap.core.common.Json;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.TpsCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one TPS's public Sirekap record for one ballot (docs/contract.md §4), in the key order and
 * with the extras (image links, {@code "null": null}, {@code psu}, {@code status_adm}) of the real
 * files, so the importer does the same work as on real data.
 */
final class SirekapFileWriter {
  /** Rough 2024 vote shares in Kab. Bogor by party number; the rest share what is left. */
  private static final Map<Integer, Double> PARTY_WEIGHT =
      Map.ofEntries(
          Map.entry(1, 11.0),
          Map.entry(2, 20.0),
          Map.entry(3, 9.0),
          Map.entry(4, 13.0),
          Map.entry(5, 6.0),
          Map.entry(8, 17.0),
          Map.entry(12, 4.0),
          Map.entry(14, 6.0),
          Map.entry(15, 2.0),
          Map.entry(16, 2.0),
          Map.entry(17, 5.0));

  /** Share of a party's votes cast for the party only, not for one of its caleg. */
  private static final double PARTY_ONLY_SHARE = 0.35;

  private final Contest contest;

  SirekapFileWriter(Contest contest) {
    this.contest = contest;
  }

  /**
   * The file's bytes; {@code r} is this TPS's and ballot's own random stream. A record not yet
   * digitised has no chart and no administrasi, as Sirekap publishes it.
   */
  byte[] write(TpsCode tps, TpsVoters voters, boolean digitised, SplittableRandom r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("mode", "hhcw");
      g.writeFieldName("chart");
      int invalid = invalid(voters.users(), r);
      if (digitised) {
        chart(g, tps, voters.users() - invalid, r);
      } else {
        g.writeNull();
      }
      images(g, tps, digitised, r);
      g.writeFieldName("administrasi");
      if (digitised) {
        administrasi(g, voters, invalid);
      } else {
        g.writeNull();
      }
      g.writeNullField("psu");
      g.writeStringField(
          "ts",
          String.format(
              Locale.ROOT,
              "2024-02-%02d %02d:%02d:%02d",
              r.nextInt(15, 20),
              r.nextInt(24),
              r.nextInt(60),
              r.nextInt(60)));
      g.writeBooleanField("status_suara", digitised);
      g.writeBooleanField("status_adm", digitised);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Spoilt ballots: around 2% on the presidential ballot, more on the long legislative ones. */
  private int invalid(int users, SplittableRandom r) {
    double rate = contest.shape() == Shape.CANDIDATES ? 0.02 : 0.06;
    return Math.min(users, (int) Math.round(users * rate * (0.5 + r.nextDouble())));
  }

  private void chart(JsonGenerator g, TpsCode tps, int valid, SplittableRandom r)
      throws IOException {
    g.writeStartObject();
    if (contest.shape() == Shape.CANDIDATES) {
      g.writeNullField("null");
      List<Candidate> candidates = contest.candidates();
      int[] votes = VoteSplitter.split(valid, VoteSplitter.vary(weights(candidates), 0.3, r), r);
      for (int i = 0; i < candidates.size(); i++) {
        g.writeNumberField(candidates.get(i).sirekapId(), votes[i]);
      }
    } else {
      List<PartyList> lists = contest.dapilOf(tps).orElseThrow().lists();
      double[] partyWeights = new double[lists.size()];
      for (int i = 0; i < lists.size(); i++) {
        partyWeights[i] = PARTY_WEIGHT.getOrDefault(lists.get(i).party(), 0.8);
      }
      int[] totals = VoteSplitter.split(valid, VoteSplitter.vary(partyWeights, 0.3, r), r);
      for (int i = 0; i < lists.size(); i++) {
        partyList(g, lists.get(i), totals[i], r);
      }
    }
    g.writeEndObject();
  }

  private static void partyList(JsonGenerator g, PartyList list, int total, SplittableRandom r)
      throws IOException {
    List<Candidate> candidates = list.candidates();
    double[] cw = weights(candidates);
    double candidateSum = 0;
    for (double w : cw) {
      candidateSum += w;
    }
    double[] w = new double[cw.length + 1];
    w[0] = candidateSum * PARTY_ONLY_SHARE / (1 - PARTY_ONLY_SHARE);
    System.arraycopy(cw, 0, w, 1, cw.length);
    int[] votes = VoteSplitter.split(total, VoteSplitter.vary(w, 0.4, r), r);
    g.writeObjectFieldStart(Integer.toString(list.party()));
    g.writeNumberField("jml_suara_partai", votes[0]);
    g.writeNumberField("jml_suara_total", total);
    for (int i = 0; i < candidates.size(); i++) {
      g.writeNumberField(candidates.get(i).sirekapId(), votes[i + 1]);
    }
    g.writeEndObject();
  }

  /**
   * Candidate popularity: ballot number 1 of a list draws most, as in real results; the pairs of
   * the presidential ballot get Bogor's rough 2024 shares.
   */
  private static double[] weights(List<Candidate> candidates) {
    double[] w = new double[candidates.size()];
    for (int i = 0; i < w.length; i++) {
      Candidate c = candidates.get(i);
      w[i] =
          switch (c.sirekapId()) {
            case "100025" -> 30;
            case "100026" -> 60;
            case "100027" -> 10;
            default -> (1 + Integer.parseInt(c.sirekapId()) % 7) / Math.pow(c.number(), 0.7);
          };
    }
    return w;
  }

  private void images(JsonGenerator g, TpsCode tps, boolean digitised, SplittableRandom r)
      throws IOException {
    String v = tps.value();
    String folder =
        String.join("/", v.substring(0, 2), v.substring(2, 4), v.substring(4, 6), v.substring(6));
    g.writeArrayFieldStart("images");
    for (int page = 0; page < 3; page++) {
      if (digitised || page == 0) {
        g.writeString(
            String.format(
                Locale.ROOT,
                "https://sirekap-obj-formc.kpu.go.id/%04x/pemilu/%s/%s/%s-20240214-%06d--%016x.jpg",
                r.nextInt(0x10000),
                contest.code().id(),
                folder,
                v,
                r.nextInt(1_000_000),
                r.nextLong()));
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  private static void administrasi(JsonGenerator g, TpsVoters v, int invalid) throws IOException {
    g.writeStartObject();
    g.writeNumberField("suara_sah", v.users() - invalid);
    g.writeNumberField("suara_total", v.users());
    triple(g, "pemilih_dpt", v.dptL(), v.dptP());
    triple(g, "pengguna_dpt", v.usersDptL(), v.usersDptP());
    triple(g, "pengguna_dptb", v.dptbL(), v.dptbP());
    g.writeNumberField("suara_tidak_sah", invalid);
    triple(g, "pengguna_total", v.usersL(), v.usersP());
    triple(g, "pengguna_non_dpt", v.dpkL(), v.dpkP());
    g.writeEndObject();
  }

  private static void triple(JsonGenerator g, String prefix, int l, int p) throws IOException {
    g.writeNumberField(prefix + "_j", l + p);
    g.writeNumberField(prefix + "_l", l);
    g.writeNumberField(prefix + "_p", p);
  }
}
