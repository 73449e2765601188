package id.rekap.app.gui;

import id.rekap.core.common.RekapException;
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
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw RekapException.usage("cli.report.member", line.strip());
      }
      out.add(new CommitteeMember(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
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
