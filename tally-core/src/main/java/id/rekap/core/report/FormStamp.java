package id.rekap.core.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What a form says about its adoption and the store it came from (issue 13): the adoption's digest
 * and time when it is OFFICIAL, why it is DRAFT otherwise, and the audit head at printing. Printed
 * as one line and carried in the QR code and the file's keywords, so {@code rekap verify} reports
 * it.
 *
 * @param adoptionDigest the adopted {@code AdoptionDigest} (null when never adopted or legacy)
 * @param auditHead the audit chain's head when the form was made, {@code seq:hash}
 */
public record FormStamp(
    Kind kind,
    String adoptionDigest,
    String adoptedAt,
    String liftedAt,
    String liftedReason,
    String auditHead) {

  /** Where the adoption of the form's region and contest stands. */
  public enum Kind {
    NONE,
    OFFICIAL,
    LIFTED,
    CHANGED,
    UNVERIFIED;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** No adoption and no store: forms built outside a workspace. */
  public static final FormStamp NONE = new FormStamp(Kind.NONE, null, null, null, null, null);

  public boolean official() {
    return kind == Kind.OFFICIAL;
  }

  /** The printed line: the adoption (or why the form is DRAFT) and the audit head. */
  String line(FormTexts t, ZoneId zone, String zoneLabel) {
    String adoption =
        switch (kind) {
          case NONE -> t.get("stamp.none");
          case OFFICIAL ->
              t.format("stamp.official", time(adoptedAt, zone, zoneLabel), adoptionDigest);
          case LIFTED ->
              t.format(
                  "stamp.lifted",
                  time(adoptedAt, zone, zoneLabel),
                  time(liftedAt, zone, zoneLabel),
                  liftedReason);
          case CHANGED ->
              t.format("stamp.changed", time(adoptedAt, zone, zoneLabel), adoptionDigest);
          case UNVERIFIED -> t.format("stamp.unverified", time(adoptedAt, zone, zoneLabel));
        };
    return auditHead == null ? adoption : adoption + "   " + t.format("stamp.audit", auditHead);
  }

  /** The QR code's and the keywords' part: {@code ;adopted=<digest>@<instant>;audit=<head>}. */
  String payload() {
    if (kind == Kind.NONE && auditHead == null) {
      return ""; // a form made outside a workspace states nothing about an adoption
    }
    String adopted = official() ? adoptionDigest + "@" + adoptedAt : "-";
    return ";adopted=" + adopted + (auditHead == null ? "" : ";audit=" + auditHead);
  }

  private static String time(String instant, ZoneId zone, String zoneLabel) {
    if (instant == null) {
      return "-";
    }
    try {
      return Generated.format(Instant.parse(instant).atZone(zone).withNano(0), zoneLabel);
    } catch (DateTimeParseException e) {
      return instant;
    }
  }
}
