package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fixture's default forms are clean, so every rule test that changes one number knows that any
 * finding comes from that number. Without this, a "failing case" could pass for the wrong reason.
 */
class FixtureBaselineTest {
  @Test
  void aCompleteKeyedPpwpFormHasNoFinding() {
    assertThat(tpsFindings(ppwp().result())).isEmpty();
  }

  @Test
  void theSameFormAsSirekapPublishesItHasNoFinding() {
    // blocks II and III are absent, and that is not "incomplete data" for Sirekap
    assertThat(tpsFindings(sirekap().result())).isEmpty();
  }

  @Test
  void aCompleteDprFormHasNoFinding() {
    assertThat(tpsFindings(pdpr().result())).isEmpty();
  }

  @Test
  void allBallotsOfOneTpsTogetherHaveNoFinding() {
    // the PPWP form keyed and as Sirekap read it, and the DPR form: same voters, same numbers
    assertThat(tpsFindings(ppwp().result(), pdpr().result(), sirekap().result())).isEmpty();
  }
}
