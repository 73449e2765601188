package id.rekap.core.report;

import java.time.Clock;
import java.util.List;

/**
 * What a form needs besides the recap: who signs it, how it is marked (with any details of the
 * marking printed under it), when it was generated and by which version of the software. The same
 * settings, data and clock give the same bytes.
 */
public record ReportSettings(
    List<CommitteeMember> committee,
    Marking marking,
    List<String> markingDetails,
    Clock clock,
    String softwareVersion) {
  public ReportSettings {
    committee = List.copyOf(committee);
    markingDetails = List.copyOf(markingDetails);
  }

  public ReportSettings(
      List<CommitteeMember> committee, Marking marking, Clock clock, String softwareVersion) {
    this(committee, marking, List.of(), clock, softwareVersion);
  }
}
