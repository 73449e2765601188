package id.rekap.app.gui.dashboard;

/**
 * Progress of one desa or kecamatan in one contest: TPS expected, received, and with findings (null
 * until the checks have run); at a KPU Kabupaten/Kota, per kecamatan, also what came from its PPK
 * ({@code received}, null elsewhere).
 */
public record ProgressRow(
    String code,
    String name,
    int expected,
    int received,
    Integer withErrors,
    Integer withWarnings,
    PackageState fromPpk) {
  public ProgressRow(
      String code,
      String name,
      int expected,
      int received,
      Integer withErrors,
      Integer withWarnings) {
    this(code, name, expected, received, withErrors, withWarnings, null);
  }

  public int missing() {
    return expected - received;
  }

  /** Received TPS without an error: the part of the bar that is done (all, until checked). */
  public int clean() {
    return received - errorsOrNone();
  }

  /** The TPS with errors, 0 while unknown (for the chart's bar). */
  public int errorsOrNone() {
    return withErrors == null ? 0 : withErrors;
  }

  /**
   * What a kecamatan's PPK sent and what became of it here, as shown.
   *
   * @param received the package in force ("paket 3 · Ketua PPK Utara · 20 Feb 17.02 WIB"), or
   *     "belum ada paket"
   * @param differences the R22 differences of that package for this contest ("2 selisih" or "–")
   * @param adoptedHere "ditetapkan" when the kecamatan is adopted here for the contest, else "–"
   * @param adoptedAtPpk "ditetapkan" when the package in force says the PPK had adopted the
   *     kecamatan for the contest (in force when it made the package), "belum" when it says not,
   *     "–" without a package
   */
  public record PackageState(
      String received, String differences, String adoptedHere, String adoptedAtPpk) {}
}
