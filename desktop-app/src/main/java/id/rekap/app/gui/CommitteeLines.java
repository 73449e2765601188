package id.rekap.app.gui;

import id.rekap.core.report.CommitteeMember;
import java.util.ArrayList;
import java.util.List;

/**
 * The committee as the clerk types it: one "Jabatan=Nama" per line, in printed order (the same
 * notation as {@code rekap committee set --member}). Blank lines are skipped.
 */
public final class CommitteeLines {
  private CommitteeLines() {}

  public static List<CommitteeMember> parse(String lines) {
    List<CommitteeMember> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (String line : lines.split("\\R")) {
      if (!line.isBlank()) {
        out.add(CommitteeMember.parse(line));
      }
    }
    return out;
  }

  public static String format(List<CommitteeMember> members) {
    StringBuilder b = new StringBuilder();
    for (CommitteeMember m : members) {
      b.append(m.role()).append('=').append(m.name()).append('\n');
    }
    return b.toString();
  }
}
