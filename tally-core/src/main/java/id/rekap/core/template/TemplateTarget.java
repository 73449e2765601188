package id.rekap.core.template;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import java.util.List;

/**
 * What a template is for: one contest of one election, for the TPS of one workspace. The writer
 * lays it out; the reader refuses a file whose meta data names anything else.
 */
public record TemplateTarget(String electionId, RegionTree tree, Contest contest) {

  /**
   * The target for a contest of the workspace's election; BAD_INPUT when it has no such contest.
   */
  public static TemplateTarget of(ElectionDefinition election, RegionTree tree, ContestCode code) {
    Contest contest =
        election
            .contest(code)
            .orElseThrow(() -> RekapException.badInput("recap.error.contest", code, election.id()));
    return new TemplateTarget(election.id(), tree, contest);
  }

  /** The region code written into the meta data: the workspace's own region. */
  public String regionCode() {
    return tree.root().value();
  }

  /** The data sections, in order. */
  public List<TemplateSheet> sheets() {
    return TemplateLayout.sheets(tree, contest);
  }
}
