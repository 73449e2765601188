package id.rekap.core.report;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.Participants;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.region.LocalZone;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the D.Kejadian Khusus dan/atau Keberatan Saksi: one per plenary session, every contest,
 * each entry with its time, kind, contest, place in words, the witness and the participant they
 * represent, the text, the chair's response, Panwaslu's recommendation and the decision; signed by
 * the chair and the witnesses present. With no entries it says NIHIL (an empty form could be filled
 * in afterwards; NIHIL cannot). The blank form has the same layout with empty rows, to be filled in
 * by hand during the plenary.
 */
public final class DKejadianForm {
  public static final String FORM = "d-kejadian";
  private static final String[] COLUMNS = {
    "column.number",
    "column.time",
    "column.kind",
    "column.contest",
    "column.place",
    "column.raisedBy",
    "column.text",
    "column.response",
    "column.recommendation",
    "column.decision"
  };
  private static final float[] WIDTHS = {18, 38, 60, 44, 90, 100, 160, 116, 106, 64};
  private static final int BLANK_ROWS = 10;
  private static final int BLANK_WITNESSES = 12;

  private DKejadianForm() {}

  /**
   * @param lineage the regions from the province down to the form's region
   * @param session the plenary session (null when none was recorded)
   * @param incidents in the order they were raised
   */
  public static FormDocument build(
      ElectionDefinition election,
      List<Region> lineage,
      PlenarySession session,
      List<Incident> incidents,
      ReportSettings settings) {
    return build(election, lineage, session, incidents, settings, false);
  }

  /** The blank form to print before the plenary: the same layout with empty rows. */
  public static FormDocument blank(
      ElectionDefinition election,
      List<Region> lineage,
      PlenarySession session,
      ReportSettings settings) {
    ReportSettings blank =
        new ReportSettings(
            settings.committee(),
            settings.marking() == Marking.TEST ? Marking.TEST : Marking.BLANK,
            settings.clock(),
            settings.softwareVersion(),
            FormStamp.NONE); // no data, so nothing adopted; its QR says only what the form is
    return build(election, lineage, session, List.of(), blank, true);
  }

  /** The texts of the form at a region's level (the committee's words come with them). */
  static FormTexts texts(List<Region> lineage) {
    return FormTexts.load(DHasilForm.formId(lineage.getLast().level()), FORM)
        .forProvince(FormWords.province(lineage));
  }

  private static FormDocument build(
      ElectionDefinition election,
      List<Region> lineage,
      PlenarySession session,
      List<Incident> incidents,
      ReportSettings settings,
      boolean blank) {
    Region region = lineage.getLast();
    FormTexts t = texts(lineage);
    Map<String, String> w = FormWords.of(t, election, lineage);
    LocalZone zone = LocalZone.of(region.code());
    String level = region.level().id();
    boolean pilkada =
        election.contests().stream()
            .allMatch(c -> c.code() == ContestCode.PKWKP || c.code() == ContestCode.PKWKK);

    List<FormTable.Column> cols = new ArrayList<>();
    for (int i = 0; i < COLUMNS.length; i++) {
      cols.add(new FormTable.Column(t.get(COLUMNS[i]), null, WIDTHS[i], false));
    }
    List<FormTable.Row> rows = new ArrayList<>();
    if (blank) {
      for (int i = 1; i <= BLANK_ROWS; i++) {
        List<Object> cells = new ArrayList<>();
        cells.add(Integer.toString(i));
        for (int c = 1; c < COLUMNS.length; c++) {
          cells.add("");
        }
        rows.add(new FormTable.Row(FormTable.Kind.BLANK, cells));
      }
    } else {
      int n = 1;
      for (Incident e : incidents) {
        rows.add(
            new FormTable.Row(
                FormTable.Kind.DATA,
                List.of(
                    Integer.toString(n++),
                    text(e.time()),
                    text(e.kind()),
                    text(e.contest()),
                    text(e.place()),
                    text(e.raisedBy()),
                    text(e.text()),
                    text(e.response()),
                    text(e.recommendation()),
                    text(e.decision()))));
      }
      if (rows.isEmpty()) {
        List<Object> cells = new ArrayList<>();
        cells.add("");
        for (int c = 1; c < COLUMNS.length; c++) {
          cells.add(c == 6 ? t.get("none") : "");
        }
        rows.add(new FormTable.Row(FormTable.Kind.TOTAL, cells));
      }
    }
    FormTable table = new FormTable(cols, cols.size(), rows);
    List<FormDocument.HeaderField> header = new ArrayList<>();
    boolean kota = FormWords.isKota(lineage);
    for (Region r : lineage) {
      String label =
          r.level() == RegionLevel.KABKOTA
              ? t.get("header.kabkota." + (kota ? "kota" : "kabupaten"))
              : t.get("header." + r.level().id());
      header.add(new FormDocument.HeaderField(label, r.name() + " (" + r.code().dotted() + ")"));
    }
    String id =
        String.join("-", FORM, region.code().value())
            + (blank ? "-blanko" : session == null ? "" : "-sesi-" + session.id());
    String digest = CanonicalData.digest(id, header, List.of(table));

    BeritaAcara ba = new BeritaAcara(t, w, zone);
    Map<String, String> opening = ba.session(blank ? null : session, null);
    if (blank && session != null) {
      opening = ba.session(session, null);
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(t.fill("opening", opening));
    if (blank) {
      paragraphs.add(t.get("opening.blank"));
    } else if (incidents.isEmpty()) {
      paragraphs.add(t.get("none.note"));
    }
    List<FormBlock> body =
        List.of(new FormBlock.Listing(t.get("caption.grid"), List.of(), table, false));

    Map<String, String> closingWords = new HashMap<>(w);
    closingWords.put("place", t.fill("closing.place", w));
    closingWords.put(
        "date",
        session == null
            ? t.get("blank.long")
            : ba.date(session.closedAt() == null ? session.openedAt() : session.closedAt()));
    String closingLine =
        blank || session == null ? t.get("closing.blank") : t.fill("closing", closingWords);
    List<FormDocument.SignatureBlock> blocks = new ArrayList<>();
    blocks.add(chair(t, w, settings.committee()));
    blocks.add(witnesses(t, election, blank ? null : session));
    FormDocument.Closing closing =
        new FormDocument.Closing(
            List.of(closingLine), blocks, blank ? List.of() : Signatures.panwaslu(t, w, session));

    FormDocument.Heading heading =
        new FormDocument.Heading(
            t.format("form.code", t.get(pilkada ? "form.code.pilkada" : "form.code.pemilu")),
            List.of(
                t.get("title.1") + " " + t.fill("title.2." + level, w),
                t.fill(pilkada ? "election.pilkada" : "election.pemilu", w)),
            header,
            List.of(),
            paragraphs);
    FormDocument.Identity identity =
        new FormDocument.Identity(
            id,
            digest,
            id + "-" + settings.marking().id(),
            settings.marking(),
            settings.stamp(),
            Generated.at(settings.clock(), zone.zone()),
            zone.label(),
            settings.softwareVersion());
    return new FormDocument(
        identity, t, heading, body, closing, Signatures.paraf(t, settings.committee()));
  }

  /** The chair's cell: the first member whose role is the chair's, else the first member. */
  private static FormDocument.SignatureBlock chair(
      FormTexts t, Map<String, String> w, List<CommitteeMember> committee) {
    List<CommitteeMember> members = Signatures.members(t, committee);
    CommitteeMember chair =
        members.stream()
            .filter(m -> m.role().toLowerCase(Locale.ROOT).startsWith("ketua"))
            .findFirst()
            .orElse(members.getFirst());
    return new FormDocument.SignatureBlock(
        t.fill("committeeUpper", w),
        List.of(
            new FormDocument.SignatureCell(
                chair.role().toUpperCase(Locale.ROOT), "", chair.name(), "")),
        4);
  }

  /** The witnesses present at the session, every contest; blank cells when none was recorded. */
  private static FormDocument.SignatureBlock witnesses(
      FormTexts t, ElectionDefinition election, PlenarySession session) {
    List<FormDocument.SignatureCell> cells = new ArrayList<>();
    List<Attendee> saksi = session == null ? List.of() : session.attendees(Attendee.Kind.SAKSI);
    if (saksi.isEmpty()) {
      for (int i = 0; i < BLANK_WITNESSES; i++) {
        cells.add(
            new FormDocument.SignatureCell(
                t.get("sig.saksi.blank"), t.get("sig.saksi.blankPeserta"), "", ""));
      }
    } else {
      for (Attendee a : saksi) {
        cells.add(
            new FormDocument.SignatureCell(
                Incidents.contestLabel(t, a.contest())
                    + " — "
                    + Incidents.participantKind(t, election, a.contest(), a.participant()),
                Participants.name(election, a.contest(), a.participant()).orElse(""),
                a.name(),
                ""));
      }
    }
    return new FormDocument.SignatureBlock(
        t.get("sig.saksi.title"), cells, Signatures.perRow(Math.max(cells.size(), 6)));
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
