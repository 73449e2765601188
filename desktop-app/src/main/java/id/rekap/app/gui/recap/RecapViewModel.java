package id.rekap.app.gui.recap;

import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.result.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The recap as a tree from the workspace region down to the TPS, from the adopted result of each
 * TPS or from one source only; the vote columns of the contest, a party expandable into its
 * candidates. Each level comes from the recap use case, so every row equals the sum of its parts.
 */
public final class RecapViewModel implements Refreshable {
  private final Session session;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final StringProperty source = new SimpleStringProperty("");
  private final ObjectProperty<RecapNode> tree = new SimpleObjectProperty<>();
  private final StringProperty selected = new SimpleStringProperty();
  private final IntegerProperty expandedParty = new SimpleIntegerProperty();

  public RecapViewModel(Session session) {
    this.session = session;
    contest.set(session.contests().getFirst());
    contest.addListener((o, a, b) -> refresh());
    source.addListener((o, a, b) -> refresh());
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  /** "" for the adopted result of each TPS, else a source id (sirekap, chasil, …). */
  public StringProperty source() {
    return source;
  }

  public List<String> sources() {
    List<String> out = new ArrayList<>(List.of(""));
    for (Source s : Source.values()) {
      if (s != Source.PACKAGE) {
        out.add(s.id());
      }
    }
    return out;
  }

  public ObjectProperty<RecapNode> tree() {
    return tree;
  }

  /** The code of the row to select (set by a jump from another screen). */
  public StringProperty selected() {
    return selected;
  }

  public IntegerProperty expandedParty() {
    return expandedParty;
  }

  public List<RecapColumns.Column> columns() {
    return RecapColumns.of(session.workspace().election(), contest.get(), expandedParty.get());
  }

  /** Shows the recap of a contest with a row selected. */
  public void focus(ContestCode code, String row) {
    session.contests().stream().filter(c -> c.code() == code).findFirst().ifPresent(contest::set);
    selected.set(row);
  }

  @Override
  public void refresh() {
    Contest c = contest.get();
    Optional<Source> only = Source.of(source.get() == null ? "" : source.get());
    session
        .jobs()
        .run(session.text("recap.loading"), p -> build(c, only), tree::set, failure -> {});
  }

  RecapNode build(Contest c, Optional<Source> only) {
    var ws = session.workspace();
    RegionCode root = ws.regionTree().root();
    List<RecapLevel> levels = new ArrayList<>();
    for (RecapLevel l : List.of(RecapLevel.KABKOTA, RecapLevel.KECAMATAN, RecapLevel.DESA)) {
      if (l.regionLevel().orElseThrow().digits() >= root.value().length()) {
        levels.add(l);
      }
    }
    levels.add(RecapLevel.TPS);
    // every level from one read of the contest's results
    Map<RecapLevel, List<RecapRow>> recap = ws.recap().run(c.code(), levels, only);
    Map<String, RecapNode> byCode = new HashMap<>();
    RecapNode top = null;
    for (RecapLevel l : levels) {
      for (RecapRow r : recap.get(l)) {
        if (r.expected() == 0) {
          continue;
        }
        RecapNode node =
            new RecapNode(r.code(), r.name(), l, r.expected(), r.received(), r.tally());
        byCode.put(r.code(), node);
        RecapNode parent = parentOf(byCode, r.code());
        if (parent == null) {
          top = node;
        } else {
          parent.children().add(node);
        }
      }
    }
    return top;
  }

  /** The node of the longest code that prefixes this one (the region above). */
  private static RecapNode parentOf(Map<String, RecapNode> byCode, String code) {
    for (int len : new int[] {10, 6, 4}) {
      if (code.length() > len) {
        RecapNode p = byCode.get(code.substring(0, len));
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  public String sourceText(String id) {
    return id == null || id.isEmpty()
        ? session.text("recap.source.adopted")
        : session.text("source." + id);
  }
}
