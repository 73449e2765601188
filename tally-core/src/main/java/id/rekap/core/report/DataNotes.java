package id.rekap.core.report;

import id.rekap.core.check.Finding;
import id.rekap.core.common.Messages;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a D.Hasil must say about its own data (issue 16): TPS not yet in the recap, fields that not
 * every TPS reported, and open ERROR findings. Each column gets a short note for the page it is
 * printed on; the annex lists every case with its TPS, the data concerned and the rule in words.
 * The numbers themselves are printed as they are: the form is honest about them, it does not hide
 * or fix them.
 */
final class DataNotes {
  /** The page notes per column (1-based ordinal, 0 for the total) and the annex rows. */
  record Result(Map<Integer, String> columnNotes, List<FormTable.Row> annex) {}

  /**
   * The most characters of TPS numbers one annex cell holds: the KETERANGAN column about a dozen
   * lines, the narrower TPS / WILAYAH column about half of that. A longer list goes on in rows
   * marked "(lanjutan)", so no cell is ever taller than a page (issue: Kapuk, 451 TPS).
   */
  static final int NOTE_CHARS = 560;

  static final int PLACE_CHARS = 220;

  /** An annex row's cells after its number; a continuation row gets no number of its own. */
  private record Entry(List<Object> cells, boolean continued) {
    Entry(List<Object> cells) {
      this(cells, false);
    }
  }

  /** A numbered item of the form (I.A, II.1, IV.2, V.A) and the fields or cells it prints. */
  private record Item(String label, List<AdminField> fields, List<Integer> votes) {
    boolean missingIn(Tally t) {
      for (AdminField f : fields) {
        if (t.reported(f) < t.results()) {
          return true;
        }
      }
      for (int k : votes) {
        if (t.reportedVotes(k) < t.results()) {
          return true;
        }
      }
      return false;
    }

    boolean reportedAnywhere(Tally t) {
      return fields.stream().anyMatch(f -> t.reported(f) > 0)
          || votes.stream().anyMatch(k -> t.reportedVotes(k) > 0);
    }
  }

  private final FormTexts t;
  private final List<Item> items;
  private final List<RecapRow> columns;
  private final Tally total;
  private final Map<String, String> names;

  private DataNotes(
      FormTexts t,
      List<Item> items,
      List<RecapRow> columns,
      Tally total,
      Map<String, String> names) {
    this.t = t;
    this.items = items;
    this.columns = columns;
    this.total = total;
    this.names = names;
  }

  /**
   * @param tps the TPS rows under the form's region (may be empty: then only counts are known)
   * @param errors the open ERROR findings of the contest under the region
   * @param region the form's region code
   * @param names the names of the regions under the form's region, by code
   */
  static Result of(
      FormTexts t,
      Contest contest,
      Dapil dapil,
      List<RecapRow> columns,
      Tally total,
      List<RecapRow> tps,
      List<Finding> errors,
      String region,
      Map<String, String> names) {
    DataNotes n = new DataNotes(t, items(contest, dapil), columns, total, names);
    return n.build(tps, errors, region);
  }

  private Result build(List<RecapRow> tps, List<Finding> errors, String region) {
    Map<Integer, List<String>> notes = new TreeMap<>();
    List<Entry> annex = new ArrayList<>();
    // a field no TPS reported at all (Sirekap never carries blocks II and III) is blank and
    // shaded on the certificate, explained by the legend; it is no TPS's omission
    for (int c = 0; c < columns.size(); c++) {
      RecapRow col = columns.get(c);
      List<String> note = new ArrayList<>();
      if (col.received() < col.expected()) {
        String counted = t.format("note.missing", col.expected() - col.received(), col.expected());
        note.add(counted);
        List<RecapRow> missing =
            tps.stream().filter(r -> r.code().startsWith(col.code()) && r.received() == 0).toList();
        List<String> lists = missing.isEmpty() ? List.of("") : tpsLists(col, missing);
        for (int i = 0; i < lists.size(); i++) {
          String head =
              i > 0 ? "" : t.get("annex.missing.note") + (lists.get(i).isEmpty() ? "" : ": ");
          String tail = i == lists.size() - 1 ? " (" + counted + ")" : "";
          annex.add(
              new Entry(
                  List.of(
                      i == 0 ? place(col.code()) : continued(place(col.code())),
                      t.get("annex.missing"),
                      rule("R17"),
                      head + lists.get(i) + tail),
                  i > 0));
        }
      }
      List<Item> partial =
          items.stream()
              .filter(i -> i.reportedAnywhere(total) && i.missingIn(col.tally()))
              .toList();
      if (!partial.isEmpty() && col.tally().results() > 0) {
        note.add(t.format("note.partial", compress(partial)));
        partialRows(col, tps, annex);
      }
      long errorCount = errors.stream().filter(f -> f.code().startsWith(col.code())).count();
      if (errorCount > 0) {
        note.add(t.format("note.errors", errorCount));
      }
      if (!note.isEmpty()) {
        notes.put(c + 1, note);
      }
    }
    List<Finding> own = errors.stream().filter(f -> f.code().equals(region)).toList();
    if (!own.isEmpty()) {
      notes.put(0, List.of(t.format("note.errors", own.size())));
    }
    for (Finding f : errors) {
      annex.add(
          new Entry(
              List.of(
                  place(f.code()),
                  findingData(f),
                  rule(f.rule()),
                  inWords(f.message(Messages.INDONESIAN)))));
    }
    Map<Integer, String> columnNotes = new LinkedHashMap<>();
    notes.forEach((k, v) -> columnNotes.put(k, String.join("; ", v)));
    List<FormTable.Row> rows = new ArrayList<>();
    int no = 1;
    for (Entry a : annex) {
      List<Object> cells = new ArrayList<>();
      cells.add(a.continued() ? "" : Integer.toString(no++));
      cells.addAll(a.cells());
      rows.add(new FormTable.Row(FormTable.Kind.DATA, cells));
    }
    return new Result(columnNotes, rows);
  }

  /**
   * The TPS of a column as ranges ("TPS 001–045, 047"), grouped by desa when the column is not a
   * desa ("KAPUK TPS 021–451; RAWA BUAYA TPS 001–221"), cut into one text per annex row.
   */
  private List<String> tpsLists(RecapRow col, List<RecapRow> list) {
    Map<String, List<String>> byDesa = new LinkedHashMap<>();
    for (RecapRow r : list) {
      byDesa
          .computeIfAbsent(r.code().substring(0, 10), k -> new ArrayList<>())
          .add(tpsNumber(r.code()));
    }
    boolean desa = col.code().length() == 10;
    List<String> segments = new ArrayList<>();
    byDesa.forEach(
        (code, numbers) -> {
          String name = desa ? "" : name(code) + " ";
          List<String> items = TpsRanges.items(numbers);
          for (String piece : TpsRanges.pieces(items, Math.max(60, NOTE_CHARS - name.length()))) {
            segments.add(name + t.format("annex.tps", piece));
          }
        });
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String segment : segments) {
      if (!b.isEmpty() && b.length() + 2 + segment.length() > NOTE_CHARS) {
        out.add(b.toString());
        b.setLength(0);
      }
      if (!b.isEmpty()) {
        b.append("; ");
      }
      b.append(segment);
    }
    out.add(b.toString());
    return out;
  }

  /** "KAPUK (31.73.01.1005) (lanjutan)": a row going on with the list of the row above. */
  private String continued(String place) {
    return place + " " + t.get("annex.continued");
  }

  /** One annex row per desa and set of TPS lacking the same items. */
  private void partialRows(RecapRow col, List<RecapRow> tps, List<Entry> out) {
    Map<String, Map<String, List<String>>> byDesa = new LinkedHashMap<>();
    for (RecapRow r : tps) {
      if (!r.code().startsWith(col.code()) || r.received() == 0) {
        continue;
      }
      List<Item> lacking =
          items.stream().filter(i -> i.reportedAnywhere(total) && i.missingIn(r.tally())).toList();
      if (!lacking.isEmpty()) {
        byDesa
            .computeIfAbsent(r.code().substring(0, 10), k -> new LinkedHashMap<>())
            .computeIfAbsent(compress(lacking), k -> new ArrayList<>())
            .add(tpsNumber(r.code()));
      }
    }
    if (byDesa.isEmpty()) {
      out.add(new Entry(List.of(place(col.code()), "", rule("R21"), t.get("annex.partial.note"))));
      return;
    }
    byDesa.forEach(
        (desa, byItems) ->
            byItems.forEach(
                (what, numbers) -> {
                  List<String> pieces =
                      TpsRanges.pieces(
                          TpsRanges.items(numbers),
                          Math.max(60, PLACE_CHARS - place(desa).length()));
                  for (int i = 0; i < pieces.size(); i++) {
                    String where = i == 0 ? place(desa) : continued(place(desa));
                    out.add(
                        new Entry(
                            List.of(
                                t.format(
                                    "annex.place", where, t.format("annex.tps", pieces.get(i))),
                                what,
                                rule("R21"),
                                t.get("annex.partial.note")),
                            i > 0));
                  }
                }));
  }

  /** A region or TPS in words: "PULAU KELAPA (31.01.01.1002)", "…, TPS 004". */
  private String place(String code) {
    if (code.length() == 13) {
      return t.format(
          "annex.place", place(code.substring(0, 10)), t.format("annex.tps", tpsNumber(code)));
    }
    String name = name(code);
    return name.isEmpty() ? dotted(code) : name + " (" + dotted(code) + ")";
  }

  private String name(String code) {
    String n = names.get(code);
    if (n != null) {
      return n;
    }
    for (RecapRow c : columns) {
      if (c.code().equals(code)) {
        return c.name();
      }
    }
    return "";
  }

  /**
   * The check's messages name fields by their data keys (choices.2, usersDpt); a form names them as
   * the form does (IV.2, I.B.1).
   */
  private String inWords(String message) {
    String m = message;
    m = m.replaceAll("\\bchoices\\.(\\d+)\\.candidates\\.(\\d+)\\b", "IV.$1.$2");
    m = m.replaceAll("\\bchoices\\.(\\d+)\\.(partyOnly|total)\\b", "IV.$1");
    m = m.replaceAll("\\bchoices\\.(\\d+)\\b", "IV.$1");
    m = m.replaceAll("\\bchoicesSum\\b", t.get("annex.choicesSum"));
    for (Item i : items) {
      for (AdminField f : i.fields()) {
        m =
            m.replaceAll(
                "\\b" + f.jsonKey() + "\\b",
                java.util.regex.Matcher.quoteReplacement(i.label() + sexSuffix(f)));
      }
    }
    return m;
  }

  private static String sexSuffix(AdminField f) {
    String k = f.jsonKey();
    return k.endsWith("L") ? " L" : k.endsWith("P") ? " P" : "";
  }

  /** The items a finding compared, from the labels of its values (valid → V.A). */
  private String findingData(Finding f) {
    List<Item> found = new ArrayList<>();
    for (String label : f.values().keySet()) {
      FieldLabels.admin(label)
          .ifPresent(a -> items.stream().filter(i -> i.fields().contains(a)).forEach(found::add));
      FieldLabels.vote(label)
          .ifPresent(k -> items.stream().filter(i -> i.votes().contains(k)).forEach(found::add));
    }
    List<Item> ordered = items.stream().filter(found::contains).toList();
    return ordered.isEmpty() ? "" : compress(ordered);
  }

  /** "I.A, I.B.1, I.B.2, I.B.3" as "I.A–I.B.3": runs of three or more in form order. */
  private String compress(List<Item> lacking) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < lacking.size()) {
      int start = items.indexOf(lacking.get(i));
      int j = i;
      while (j + 1 < lacking.size() && items.indexOf(lacking.get(j + 1)) == start + (j + 1 - i)) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(lacking.get(i).label() + "–" + lacking.get(j).label());
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(lacking.get(k).label());
        }
      }
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /** "R17: Semua TPS yang seharusnya ada sudah direkapitulasi". */
  private String rule(String id) {
    String words = t.getOrDefault("rule." + id, "");
    return words.isEmpty() ? id : id + ": " + words;
  }

  private static String tpsNumber(String code) {
    return code.substring(code.length() - 3);
  }

  private static String dotted(String code) {
    return id.rekap.core.region.RegionCode.parse(code)
        .map(id.rekap.core.region.RegionCode::dotted)
        .orElse(code);
  }

  /** The form's items in print order. */
  private static List<Item> items(Contest contest, Dapil dapil) {
    List<Item> out = new ArrayList<>();
    admin(out, "I.A", AdminField.DPT_L, AdminField.DPT_P, AdminField.DPT);
    admin(out, "I.B.1", AdminField.USERS_DPT_L, AdminField.USERS_DPT_P, AdminField.USERS_DPT);
    admin(out, "I.B.2", AdminField.USERS_DPTB_L, AdminField.USERS_DPTB_P, AdminField.USERS_DPTB);
    admin(out, "I.B.3", AdminField.USERS_DPK_L, AdminField.USERS_DPK_P, AdminField.USERS_DPK);
    admin(out, "I.B.4", AdminField.USERS_L, AdminField.USERS_P, AdminField.USERS);
    admin(out, "II.1", AdminField.BALLOTS_RECEIVED);
    admin(out, "II.2", AdminField.BALLOTS_USED);
    admin(out, "II.3", AdminField.BALLOTS_RETURNED);
    admin(out, "II.4", AdminField.BALLOTS_UNUSED);
    admin(out, "III", AdminField.DISABLED_L, AdminField.DISABLED_P, AdminField.DISABLED);
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        out.add(new Item("IV." + c.number(), List.of(), List.of(VoteKey.candidate(c.number()))));
      }
    } else if (dapil != null) {
      for (PartyList l : dapil.lists()) {
        List<Integer> keys = new ArrayList<>();
        keys.add(VoteKey.partyOnly(l.party()));
        l.candidates().forEach(c -> keys.add(VoteKey.partyCandidate(l.party(), c.number())));
        keys.add(VoteKey.partyTotal(l.party()));
        out.add(new Item("IV." + l.party(), List.of(), keys));
      }
    }
    admin(out, "V.A", AdminField.VALID);
    admin(out, "V.B", AdminField.INVALID);
    admin(out, "V.C", AdminField.TOTAL);
    return out;
  }

  private static void admin(List<Item> out, String label, AdminField... fields) {
    out.add(new Item(label, List.of(fields), List.of()));
  }
}
