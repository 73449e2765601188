package id.rekap.app.gui.dashboard;

/** Progress of one desa or kecamatan in one contest: TPS expected, received, and with findings. */
public record ProgressRow(
    String code, String name, int expected, int received, int withErrors, int withWarnings) {
  public int missing() {
    return expected - received;
  }

  /** Received TPS without an error: the part of the bar that is done. */
  public int clean() {
    return received - withErrors;
  }
}
