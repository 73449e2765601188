package id.rekap.core.report;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.region.LocalZone;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The berita acara's words: "Pada hari ini … tanggal … bertempat di …, dihadiri oleh …" from the
 * recorded session, and "Ditetapkan di … pada tanggal …" from the adoption, in the tally centre's
 * local time. What was not recorded is printed as dotted lines to fill in by hand, never guessed.
 */
final class BeritaAcara {
  private final FormTexts t;
  private final Map<String, String> words;
  private final LocalZone zone;

  BeritaAcara(FormTexts t, Map<String, String> words, LocalZone zone) {
    this.t = t;
    this.words = words;
    this.zone = zone;
  }

  /**
   * The words of a session: day, date, month, year in words, the place, opening and closing time
   * and who attended (the witnesses of one contest, or of all when {@code contest} is null).
   */
  Map<String, String> session(PlenarySession s, ContestCode contest) {
    Map<String, String> w = new HashMap<>(words);
    if (s == null) {
      w.put("day", t.get("blank.short"));
      w.put("date", t.get("blank.short"));
      w.put("month", t.get("blank.short"));
      w.put("year", t.get("blank.short"));
      w.put("dateDigits", "");
      w.put("place", t.get("blank.long"));
      w.put("opened", t.get("blank.time"));
      w.put("closed", t.get("blank.time"));
      w.put("attendance", t.fill("attendance.generic", words));
      return w;
    }
    ZonedDateTime opened = s.openedAt().atZone(zone.zone());
    w.put("day", t.get("day." + opened.getDayOfWeek().getValue()));
    w.put("date", Terbilang.of(opened.getDayOfMonth()));
    w.put("month", t.get("month." + opened.getMonthValue()));
    w.put("year", Terbilang.of(opened.getYear()));
    w.put(
        "dateDigits",
        String.format(
            java.util.Locale.ROOT,
            " (%02d-%02d-%04d)",
            opened.getDayOfMonth(),
            opened.getMonthValue(),
            opened.getYear()));
    w.put("place", s.place());
    w.put("opened", time(s.openedAt()));
    w.put("closed", s.closedAt() == null ? t.get("blank.time") : time(s.closedAt()));
    w.put("attendance", attendance(s, contest));
    return w;
  }

  /** "09.00 WIB". */
  String time(Instant at) {
    ZonedDateTime z = at.atZone(zone.zone());
    return t.format(
        "time",
        String.format(java.util.Locale.ROOT, "%02d.%02d", z.getHour(), z.getMinute()),
        zone.label());
  }

  /** "20 Februari 2024". */
  String date(Instant at) {
    ZonedDateTime z = at.atZone(zone.zone());
    return z.getDayOfMonth() + " " + t.get("month." + z.getMonthValue()) + " " + z.getYear();
  }

  private String attendance(PlenarySession s, ContestCode contest) {
    List<String> parts = new ArrayList<>();
    int members = s.attendees(Attendee.Kind.MEMBER).size();
    if (members > 0) {
      parts.add(
          t.fill("attendance.members", words)
              .replace("{0}", "" + members)
              .replace("{1}", Terbilang.of(members)));
    }
    long saksi =
        s.attendees(Attendee.Kind.SAKSI).stream()
            .filter(a -> contest == null || a.contest() == contest)
            .count();
    if (saksi > 0) {
      parts.add(
          t.fill("attendance.saksi", words)
              .replace("{0}", "" + saksi)
              .replace("{1}", Terbilang.of(saksi)));
    }
    List<String> panwas = s.attendees(Attendee.Kind.PANWASLU).stream().map(Attendee::name).toList();
    if (!panwas.isEmpty()) {
      parts.add(t.fill("attendance.panwaslu", words).replace("{0}", String.join(", ", panwas)));
    }
    if (parts.isEmpty()) {
      return t.fill("attendance.generic", words);
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    String last = parts.removeLast();
    return String.join(", ", parts) + ", " + t.get("attendance.and") + " " + last;
  }

  /** "Ditetapkan di KLIRONG pada tanggal 20 Februari 2024, pukul 17.30 WIB." or with blanks. */
  String closing(Instant adoptedAt) {
    Map<String, String> w = new HashMap<>(words);
    w.put("place", t.fill("closing.place", words));
    w.put("date", adoptedAt == null ? t.get("blank.long") : date(adoptedAt));
    w.put("time", adoptedAt == null ? "" : t.format("closing.time", time(adoptedAt)));
    return t.fill("closing", w);
  }
}
