package id.rekap.core.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the XLSX meta sheet: key and value(s). The reader compares them with the rows it
 * expects for its own target, so a template for another election, region, contest or dapil set is
 * refused before any number is read.
 */
public final class TemplateMeta {
  /** The meta rows' keys, in Indonesian as the clerk may read them. */
  public static final String FORMAT = "format";

  public static final String ELECTION = "pemilu";
  public static final String REGION = "wilayah";
  public static final String CONTEST = "kontestasi";
  public static final String SHEET = "lembar";

  private TemplateMeta() {}

  /** The meta rows (key, value) a template for the target carries. */
  public static List<List<String>> rows(TemplateTarget target) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(FORMAT, TemplateLayout.FORMAT_ID));
    rows.add(List.of(ELECTION, target.electionId()));
    rows.add(List.of(REGION, target.regionCode()));
    rows.add(List.of(CONTEST, target.contest().code().id()));
    for (TemplateSheet s : target.sheets()) {
      rows.add(List.of(SHEET, s.name(), s.dapilCode()));
    }
    return rows;
  }

  /** The message key for a mismatch in a meta row with the given key. */
  public static String errorKey(String key) {
    return switch (key) {
      case ELECTION -> "template.error.election";
      case REGION -> "template.error.region";
      case CONTEST -> "template.error.contest";
      case FORMAT -> "template.error.format";
      default -> "template.error.sheets";
    };
  }
}
