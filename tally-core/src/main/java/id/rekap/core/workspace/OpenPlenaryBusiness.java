package id.rekap.core.workspace;

import id.rekap.core.adoption.OpenBusiness;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.Keying;
import id.rekap.core.entry.KeyingRepository;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenaryRepository;
import id.rekap.core.region.TpsCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What holds an adoption back, from the keyings not yet counted and the objections (keberatan) not
 * yet answered. A special event (kejadian khusus) is recorded for the minutes and holds nothing.
 */
final class OpenPlenaryBusiness implements OpenBusiness {
  private final KeyingRepository keyings;
  private final PlenaryRepository plenary;

  OpenPlenaryBusiness(KeyingRepository keyings, PlenaryRepository plenary) {
    this.keyings = keyings;
    this.plenary = plenary;
  }

  @Override
  public Map<TpsCode, List<String>> pendingEntries(ContestCode contest) {
    Map<TpsCode, List<String>> out = new HashMap<>();
    for (Keying k : keyings.all()) {
      if (k.values().contest() == contest) {
        List<String> sources = out.computeIfAbsent(k.values().tps(), t -> new ArrayList<>());
        String source = k.values().source().id();
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }
    return out;
  }

  @Override
  public Map<String, List<Long>> pendingObjections(ContestCode contest) {
    Map<String, List<Long>> out = new HashMap<>();
    for (PlenaryRepository.ObjectionRow o : plenary.objections()) {
      if (o.kind() == Objections.Kind.KEBERATAN
          && o.decision() == Objections.Decision.PENDING
          && (o.contest() == null || o.contest() == contest)) {
        out.computeIfAbsent(o.place(), p -> new ArrayList<>()).add(o.id());
      }
    }
    return out;
  }
}
