package id.rekap.app.gui.entry;

import id.rekap.app.gui.entry.EntryViewModel.TpsItem;
import id.rekap.core.election.Contest;
import id.rekap.core.entry.Keying;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The list of TPS beside the entry form, and which one to open first. */
final class EntryTpsList {
  private EntryTpsList() {}

  /**
   * The TPS to open first: for a verifier a keying mismatch to settle, for an operator the next TPS
   * without a result, else the first of the list.
   */
  static String next(List<TpsItem> items, User user) {
    boolean verifier = user != null && user.role().atLeast(Role.VERIFIER);
    List<String> wanted = verifier ? List.of("mismatch", "missing") : List.of("missing");
    for (String state : wanted) {
      for (TpsItem t : items) {
        if (t.state().equals(state)) {
          return t.code();
        }
      }
    }
    return items.getFirst().code();
  }

  /** Every TPS of the contest with its state: received, missing, keyed once, or a mismatch. */
  static List<TpsItem> of(Workspace ws, Contest c) {
    Map<String, String> state = new HashMap<>();
    for (var r : ws.recap().run(c.code(), RecapLevel.TPS)) {
      state.put(r.code(), r.received() > 0 ? "received" : "missing");
    }
    for (Keying k : ws.entry().pending()) {
      if (k.values().contest() == c.code()) {
        String code = k.values().tps().value();
        state.put(code, k.round() == 2 ? "mismatch" : "keyed");
      }
    }
    List<TpsItem> out = new ArrayList<>();
    var tree = ws.regionTree();
    for (var t : tree.allTps()) {
      if (c.appliesTo(t.code())) {
        String desa = tree.nameOf(t.code().at(RegionLevel.DESA));
        out.add(
            new TpsItem(
                t.code().value(),
                desa + " · " + t.name(),
                state.getOrDefault(t.code().value(), "missing")));
      }
    }
    return out;
  }
}
