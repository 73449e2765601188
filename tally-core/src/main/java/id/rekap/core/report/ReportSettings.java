package id.rekap.core.report;

import java.time.Clock;
import java.util.List;

/**
 * What a form needs besides the recap: who signs it, how it is marked and what it says about its
 * adoption and the store it came from (the stamp), when it was generated and by which version of
 * the software. The same settings, data and clock give the same bytes.
 */
public record ReportSettings(
    List<CommitteeMember> committee,
    Marking marking,
    Clock clock,
    String softwareVersion,
    FormStamp stamp) {
  public ReportSettings {
    committee = List.copyOf(committee);
  }

  /** Settings without a stamp (forms built outside a workspace). */
  public ReportSettings(
      List<CommitteeMember> committee, Marking marking, Clock clock, String softwareVersion) {
    this(committee, marking, clock, softwareVersion, FormStamp.NONE);
  }
}
