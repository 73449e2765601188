package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.Shape;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules of party-list ballots (DPR, DPRD): party totals (R13) and dapil membership (R14). */
final class PartyRules {
  private PartyRules() {}

  /** R13: each party's total = party-only + Σ its caleg; Σ party totals = suara sah. */
  static final class PartyTotals extends BaseRule {
    PartyTotals() {
      super("R13", Severity.ERROR, IdentityRules.ALL_LEVELS);
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

    private static boolean localAllowed(Subject s) {
      return s.tps().adopted().tps().value().startsWith(ACEH)
          && (s.contest().code() == ContestCode.PDPRDP || s.contest().code() == ContestCode.PDPRDK);
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
      DapilIndex index = r.dapilIndex(s.contest(), dapil.get());
      int lastParty = -1;
      for (int i = 0; i < s.figures().cells(); i++) {
        if (s.figures().rawAt(i) < 0) {
          continue;
        }
        int key = s.figures().keyAt(i);
        int party = VoteKey.party(key);
        if (party != lastParty) {
          lastParty = party;
          if (!index.hasParty(party)) {
            r.fail(this, "rule.R14.party", Map.of("party", party), party, dapil.get().code());
          }
          if (index.isAcehLocal(party) && !localAllowed(s)) {
            r.fail(this, "rule.R14.aceh", Map.of("party", party), party);
          }
        }
        int slot = VoteKey.slot(key);
        // a caleg number not on the party's list of this dapil (the party itself is judged above)
        if (slot != VoteKey.PARTY_ONLY
            && slot != VoteKey.PARTY_TOTAL
            && index.hasParty(party)
            && !index.hasCandidate(key)) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put("party", party);
          values.put("candidate", slot);
          r.fail(this, "rule.R14.candidate", values, slot, party, dapil.get().code());
        }
      }
    }
  }
}
