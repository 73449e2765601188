package id.rekap.core.report;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: the committee members (PPK or KPU Kab/Kota) printed in the signature block of every
 * form. Set by the chair (the first one when the workspace is created), audited, so that a form's
 * signature block cannot be changed without a trace.
 */
public final class Committee {
  /** A PPK has five members and a KPU Kab/Kota five or seven; leave room for a secretary. */
  static final int MAX_MEMBERS = 9;

  static final int MAX_TEXT = 100;

  private final Transactions tx;
  private final CommitteeRepository repository;
  private final AuditLog audit;

  public Committee(Transactions tx, CommitteeRepository repository, AuditLog audit) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
  }

  public List<CommitteeMember> members() {
    return tx.inTransaction(repository::all);
  }

  /** The chair replaces the committee with these members, in printed order. */
  public void set(User chair, List<CommitteeMember> members) {
    Users.require(chair, Role.CHAIR);
    store(chair.actor(), members, false);
  }

  /**
   * The first committee, entered by whoever creates the workspace (the wizard asks for it); refused
   * once a committee is stored, after which only the chair changes it.
   */
  public void initial(Actor creator, List<CommitteeMember> members) {
    store(creator, members, true);
  }

  private void store(Actor actor, List<CommitteeMember> members, boolean initial) {
    if (members.isEmpty() || members.size() > MAX_MEMBERS) {
      throw RekapException.badInput("committee.error.count", MAX_MEMBERS);
    }
    for (CommitteeMember m : members) {
      if (m.role().isEmpty()
          || m.name().isEmpty()
          || m.role().length() > MAX_TEXT
          || m.name().length() > MAX_TEXT
          || m.name().chars().anyMatch(Character::isISOControl)
          || m.role().chars().anyMatch(Character::isISOControl)) {
        throw RekapException.badInput("committee.error.member", m.role() + "=" + m.name());
      }
    }
    tx.run(
        () -> {
          if (initial && !repository.all().isEmpty()) {
            throw RekapException.badInput("committee.error.notInitial");
          }
          repository.replace(members);
          List<Map<String, String>> listed = new ArrayList<>();
          for (CommitteeMember m : members) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("role", m.role());
            one.put("name", m.name());
            listed.add(one);
          }
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("members", listed);
          audit.append(actor, AuditAction.COMMITTEE_SET, payload);
        });
  }
}
