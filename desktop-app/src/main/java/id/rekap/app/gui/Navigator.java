package id.rekap.app.gui;

import id.rekap.core.election.ContestCode;

/**
 * How a screen sends the user to another place in one click: a TPS's entry form at a field, or the
 * recap at a region. The shell implements it; view model tests record the calls.
 */
public interface Navigator {
  /** Opens the C.Hasil entry form of a TPS, with the focus on a field (null: the first). */
  void openEntry(ContestCode contest, String tps, String field);

  /** Opens the recap with the row of a TPS or region selected. */
  void openRecap(ContestCode contest, String code);

  /** Opens the findings, filtered to a place (a TPS or region code prefix). */
  void openFindings(ContestCode contest, String place);

  /** Opens the plenary screen on a TPS or region. */
  void openPlenary(ContestCode contest, String code);
}
