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
}
