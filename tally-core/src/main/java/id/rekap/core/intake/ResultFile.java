package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** One Sirekap result file with the TPS and contest it is for, resolved and checked. */
record ResultFile(Path path, TpsCode tps, Contest contest) {

  /** Resolves the TPS from the file name and the contest from the folders above it. */
  static ResultFile resolve(
      Path path, Optional<ContestCode> fallback, ElectionDefinition election, RegionTree tree) {
    String name = path.getFileName().toString();
    String stem =
        name.toLowerCase(Locale.ROOT).endsWith(".json")
            ? name.substring(0, name.length() - 5)
            : name;
    if (stem.length() != TpsCode.DIGITS || !stem.chars().allMatch(Character::isDigit)) {
      throw RekapException.badInput("result.error.fileName", path);
    }
    TpsCode tps = new TpsCode(stem);
    ContestCode code =
        contestFolder(path)
            .or(() -> fallback)
            .orElseThrow(() -> RekapException.badInput("result.error.noContest", path));
    Contest contest =
        election
            .contest(code)
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        "result.error.contestNotInElection", path, code, election.id()));
    if (!tps.isWithin(tree.root())) {
      throw RekapException.badInput("result.error.outsideRegion", path, tps, tree.root());
    }
    if (!tree.containsTps(tps)) {
      throw RekapException.badInput("result.error.unknownTps", path, tps);
    }
    if (!contest.appliesTo(tps)) {
      throw RekapException.badInput("result.error.notInContest", path, tps, code);
    }
    return new ResultFile(path, tps, contest);
  }

  /** The nearest folder above the file named after a contest code (Sirekap's layout). */
  static Optional<ContestCode> contestFolder(Path path) {
    for (Path dir = path.toAbsolutePath().getParent();
        dir != null && dir.getFileName() != null;
        dir = dir.getParent()) {
      Optional<ContestCode> code = ContestCode.of(dir.getFileName().toString());
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }
}
