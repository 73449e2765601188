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
    List<List<Object>> annex = new ArrayList<>();
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
        String which = missing.isEmpty() ? "" : ": " + tpsList(col, missing);
        annex.add(
            List.of(
                place(col.code()),
                t.get("annex.missing"),
                rule("R17"),
                t.get("annex.missing.note") + which + " (" + counted + ")"));
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
          List.of(
              place(f.code()),
              findingData(f),
              rule(f.rule()),
              inWords(f.message(Messages.INDONESIAN))));
    }
    Map<Integer, String> columnNotes = new LinkedHashMap<>();
    notes.forEach((k, v) -> columnNotes.put(k, String.join("; ", v)));
    List<FormTable.Row> rows = new ArrayList<>();
    int no = 1;
    for (List<Object> a : annex) {
      List<Object> cells = new ArrayList<>();
      cells.add(Integer.toString(no++));
      cells.addAll(a);
      rows.add(new FormTable.Row(FormTable.Kind.DATA, cells));
    }
    return new Result(columnNotes, rows);
  }

  /** The TPS of a column, by number; grouped by desa when the column is not a desa. */
  private String tpsList(RecapRow col, List<RecapRow> list) {
    Map<String, List<String>> byDesa = new LinkedHashMap<>();
    for (RecapRow r : list) {
      byDesa
          .computeIfAbsent(r.code().substring(0, 10), k -> new ArrayList<>())
          .add(tpsNumber(r.code()));
    }
    if (col.code().length() == 10) {
      return t.format("annex.tps", String.join(", ", byDesa.values().iterator().next()));
    }
    List<String> parts = new ArrayList<>();
    byDesa.forEach(
        (desa, numbers) ->
            parts.add(name(desa) + " " + t.format("annex.tps", String.join(", ", numbers))));
    return String.join("; ", parts);
  }

  /** One annex row per desa and set of TPS lacking the same items. */
  private void partialRows(RecapRow col, List<RecapRow> tps, List<List<Object>> out) {
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
      out.add(List.of(place(col.code()), "", rule("R21"), t.get("annex.partial.note")));
      return;
    }
    byDesa.forEach(
        (desa, byItems) ->
            byItems.forEach(
                (what, numbers) ->
                    out.add(
                        List.of(
                            t.format(
                                "annex.place",
                                place(desa),
                                t.format("annex.tps", String.join(", ", numbers))),
                            what,
                            rule("R21"),
                            t.get("annex.partial.note")))));
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
