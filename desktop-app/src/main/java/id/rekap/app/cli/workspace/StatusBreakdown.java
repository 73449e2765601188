package id.rekap.app.cli.workspace;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.exchange.ReceivedPackage;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The part of {@code rekap status} a receiving centre needs: per kecamatan (at a KPU
 * Kabupaten/Kota) or per kab/kota (at a KPU Provinsi), for each contest, the TPS expected and
 * received, the sender's package in force (number, signer, signing time, R22 differences), whether
 * the package says the sender adopted the region, and whether it is adopted here. The same facts
 * the dashboard shows per row, read once for all contests.
 */
final class StatusBreakdown {
  /** One sending centre's region in one contest. */
  record Row(
      String code,
      String name,
      int expected,
      int received,
      ReceivedPackage inForce,
      long differences,
      boolean adoptedBySender,
      boolean adoptedHere) {
    int missing() {
      return expected - received;
    }
  }

  private StatusBreakdown() {}

  /** The level of the rows, or null when this workspace receives no packages (a PPK). */
  static RegionLevel level(Workspace ws) {
    return ws.info().level().below().map(b -> b.regionLevel()).orElse(null);
  }

  /** Per contest code, its rows in code order; empty at a PPK. */
  static Map<ContestCode, List<Row>> of(Workspace ws) {
    RegionLevel level = level(ws);
    Map<ContestCode, List<Row>> out = new LinkedHashMap<>();
    if (level == null) {
      return out;
    }
    Map<String, ReceivedPackage> current = new TreeMap<>();
    for (ReceivedPackage p : ws.importPackage().list()) {
      if (p.current()) {
        current.put(p.senderRegion(), p);
      }
    }
    Map<String, Set<ContestCode>> atSender = ws.importPackage().adoptedAtSenders();
    for (Contest c : ws.election().contests()) {
      Set<TpsCode> received = ws.status().received(c.code());
      Map<String, int[]> counts = new TreeMap<>();
      for (var t : ws.regionTree().allTps()) {
        if (c.appliesTo(t.code())) {
          int[] n = counts.computeIfAbsent(t.code().at(level).value(), x -> new int[2]);
          n[0]++;
          n[1] += received.contains(t.code()) ? 1 : 0;
        }
      }
      // a sender whose region has no TPS here yet (no master data) still shows its package
      current.keySet().forEach(code -> counts.computeIfAbsent(code, x -> new int[2]));
      List<Row> rows = new ArrayList<>();
      counts.forEach(
          (code, n) -> {
            ReceivedPackage p = current.get(code);
            rows.add(
                new Row(
                    code,
                    ws.regionTree().nameOf(new RegionCode(code)),
                    n[0],
                    n[1],
                    p,
                    p == null
                        ? 0
                        : p.discrepancies().stream().filter(d -> d.contest() == c.code()).count(),
                    atSender.getOrDefault(code, Set.of()).contains(c.code()),
                    ws.adoptions().isAdopted(c.code(), code)));
          });
      out.put(c.code(), rows);
    }
    return out;
  }

  /** The signer's name from the certificate subject (its CN), else the sender's name. */
  static String signer(ReceivedPackage p) {
    String subject = p.signerSubject() == null ? "" : p.signerSubject();
    for (String part : subject.split(",")) {
      String t = part.strip();
      if (t.regionMatches(true, 0, "CN=", 0, 3)) {
        return t.substring(3).replace("\\", "");
      }
    }
    return p.senderName();
  }
}
