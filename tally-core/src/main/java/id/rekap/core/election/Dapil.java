package id.rekap.core.election;

import id.rekap.core.region.TpsCode;
import java.util.List;
import java.util.Optional;

/** An electoral district of a party-list contest: the regions it covers and the party lists. */
public record Dapil(
    String code, String name, int seats, List<String> regions, List<PartyList> lists) {
  public Dapil {
    regions = List.copyOf(regions);
    lists = List.copyOf(lists);
  }

  public boolean covers(TpsCode tps) {
    String code = tps.value();
    for (String r : regions) {
      if (code.startsWith(r)) {
        return true;
      }
    }
    return false;
  }

  public Optional<PartyList> list(int party) {
    for (PartyList l : lists) {
      if (l.party() == party) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
