package id.rekap.core.report;

/**
 * A member of the committee that signs a form (PPK or KPU Kab/Kota), as set in the workspace
 * settings: the role as printed ("Ketua", "Anggota") and the name.
 */
public record CommitteeMember(String role, String name) {
  public CommitteeMember {
    role = role == null ? "" : role.strip();
    name = name == null ? "" : name.strip();
  }

  /** A member as clerks write one: {@code Jabatan=Nama}; anything else is a usage error. */
  public static CommitteeMember parse(String written) {
    int eq = written.indexOf('=');
    if (eq <= 0) {
      throw id.rekap.core.common.RekapException.usage("report.error.member", written.strip());
    }
    return new CommitteeMember(written.substring(0, eq), written.substring(eq + 1));
  }
}
