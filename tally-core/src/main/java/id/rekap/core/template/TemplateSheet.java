package id.rekap.core.template;

import id.rekap.core.election.Dapil;
import id.rekap.core.region.Tps;
import java.util.List;

/**
 * One data section of a template: an XLSX sheet or a CSV section. A candidates ballot has one; a
 * party-list ballot has one per dapil of the workspace, because the columns follow the dapil's
 * party lists. {@code dapil} is null for a candidates ballot.
 */
public record TemplateSheet(String name, Dapil dapil, List<Tps> tps, List<TemplateColumn> columns) {
  public TemplateSheet {
    tps = List.copyOf(tps);
    columns = List.copyOf(columns);
  }

  /** The dapil code, or the empty string for a candidates ballot. */
  public String dapilCode() {
    return dapil == null ? "" : dapil.code();
  }

  /** The machine header row: the fixed columns, then the input columns. */
  public List<String> ids() {
    return TemplateLayout.headerRow(TemplateLayout.FIXED_IDS, columns, TemplateColumn::id);
  }

  /** The clerk's header row. */
  public List<String> labels() {
    return TemplateLayout.headerRow(TemplateLayout.FIXED_LABELS, columns, TemplateColumn::label);
  }
}
