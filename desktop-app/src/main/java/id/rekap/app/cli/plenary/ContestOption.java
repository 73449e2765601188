package id.rekap.app.cli.plenary;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import picocli.CommandLine.Option;

/**
 * {@code --contest}, optional on {@code rekap adopt} and each of its subcommands: when the
 * workspace has a single contest it is that one. One picocli mixin instead of a copy per
 * subcommand.
 */
final class ContestOption {
  @Option(names = "--contest")
  private ContestCode contest;

  /** The contest named, or the workspace's only one. */
  ContestCode in(Workspace ws) {
    if (contest != null) {
      return contest;
    }
    var all = ws.election().contests();
    if (all.size() != 1) {
      throw RekapException.usage("cli.adopt.contest");
    }
    return all.getFirst().code();
  }
}
