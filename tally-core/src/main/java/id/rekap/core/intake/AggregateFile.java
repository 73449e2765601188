package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionCode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A Sirekap aggregate file is named after its region ({@code 3101.json}, {@code 310101.json}; a TPS
 * file after its 13-digit TPS code) and lies under its contest's folder like a TPS file.
 */
final class AggregateFile {
  private AggregateFile() {}

  /** The region a file's name gives, when it is named like an aggregate file. */
  static Optional<RegionCode> regionOf(Path file) {
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.length() - ".json".length());
    if (stem.isEmpty() || !stem.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return RegionCode.parse(stem);
  }

  /** The contest: the nearest contest folder above the file, else the one the user named. */
  static Contest contest(Path file, Optional<ContestCode> fallback, ElectionDefinition election) {
    ContestCode code =
        ResultFile.contestFolder(file)
            .or(() -> fallback)
            .orElseThrow(() -> RekapException.badInput("result.error.noContest", file));
    return election
        .contest(code)
        .orElseThrow(
            () ->
                RekapException.badInput(
                    "result.error.contestNotInElection", file, code, election.id()));
  }
}
