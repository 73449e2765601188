package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.Party;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Rules of party-list ballots (DPR, DPRD): party totals (R13) and dapil membership (R14). */
final class PartyRules {
  private PartyRules() {}

  /** R13: each party's total = party-only + Σ its caleg; Σ party totals = suara sah. */
  static final class PartyTotals extends BaseRule {
    PartyTotals() {
      super("R13", Severity.ERROR);
    }

    @Override
    public Set<RecapLevel> levels() {
      return IdentityRules.ALL_LEVELS;
    }

    @Override
    public boolean appliesTo(Shape shape) {
      return shape == Shape.PARTY_LISTS;
    }

    @Override
    public void check(Subject s, Report r) {
      Map<Integer, Long> computed = VoteSums.computedPartyTotals(s.figures());
      long writtenSum = 0;
      boolean complete = true;
      for (var e : computed.entrySet()) {
        int party = e.getKey();
        Long written = s.figures().vote(VoteKey.partyTotal(party));
        if (written == null || e.getValue() == null) {
          r.notEvaluable(this, List.of("choices." + party));
          complete = false;
          continue;
        }
        writtenSum += written;
        if (!written.equals(e.getValue())) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put("choices." + party + ".total", written);
          values.put("choices." + party + ".computed", e.getValue());
          r.fail(this, "rule.R13.party", values, party, n(written), n(e.getValue()));
        }
      }
      if (!complete || computed.isEmpty()) {
        return;
      }
      long[] valid = need(s, r, AdminField.VALID);
      if (valid != null && valid[0] != writtenSum) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("valid", valid[0]);
        values.put("partyTotalsSum", writtenSum);
        r.fail(this, "rule.R13.valid", values, n(valid[0]), n(writtenSum));
      }
    }
  }

  /**
   * R14: only the parties of the TPS's dapil, and only the caleg on their lists there, carry votes;
   * the result's dapil is the TPS's dapil; Aceh's local parties appear only on Aceh's DPRA/DPRK
   * ballots.
   */
  static final class DapilMembership extends BaseRule {
    private static final String ACEH = "11";

    DapilMembership() {
      super("R14", Severity.ERROR);
    }

    @Override
    public boolean appliesTo(Shape shape) {
      return shape == Shape.PARTY_LISTS;
    }

    @Override
    public void check(Subject s, Report r) {
      var tps = s.tps().adopted().tps();
      Optional<Dapil> dapil = s.contest().dapilOf(tps);
      String stored = s.tps().adopted().dapil();
      if (dapil.isEmpty() || (stored != null && !stored.equals(dapil.get().code()))) {
        r.fail(
            this,
            "rule.R14.dapil",
            Map.of(),
            tps.value(),
            String.valueOf(stored),
            dapil.map(Dapil::code).orElse("-"));
        return;
      }
      Set<Integer> parties = new TreeSet<>();
      Set<Integer> calegs = new TreeSet<>();
      for (int i = 0; i < s.figures().cells(); i++) {
        if (s.figures().valueAt(i) != null) {
          int key = s.figures().keyAt(i);
          parties.add(VoteKey.party(key));
          int slot = VoteKey.slot(key);
          if (slot != VoteKey.PARTY_ONLY && slot != VoteKey.PARTY_TOTAL) {
            calegs.add(key);
          }
        }
      }
      boolean localAllowed =
          tps.value().startsWith(ACEH)
              && (s.contest().code() == ContestCode.PDPRDP
                  || s.contest().code() == ContestCode.PDPRDK);
      for (int party : parties) {
        if (dapil.get().list(party).isEmpty()) {
          r.fail(this, "rule.R14.party", Map.of("party", party), party, dapil.get().code());
        }
        boolean local = s.election().party(party).map(Party::acehLocal).orElse(false);
        if (local && !localAllowed) {
          r.fail(this, "rule.R14.aceh", Map.of("party", party), party);
        }
      }
      // a caleg number not on the party's list of this dapil (the party itself is judged above)
      for (int key : calegs) {
        int party = VoteKey.party(key);
        int number = VoteKey.slot(key);
        var list = dapil.get().list(party);
        if (list.isPresent()
            && list.get().candidates().stream().noneMatch(c -> c.number() == number)) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put("party", party);
          values.put("candidate", number);
          r.fail(this, "rule.R14.candidate", values, number, party, dapil.get().code());
        }
      }
    }
  }
}
