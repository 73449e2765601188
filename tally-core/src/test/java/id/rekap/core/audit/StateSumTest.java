package id.rekap.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.signing.Sha256;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The additive state sum of ADR 0028: order-independent, reversible, exact modulo 2^256. */
class StateSumTest {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

  @Test
  void theSumOfNoRowsIsZero() {
    assertThat(new StateSum().hex()).isEqualTo(StateSum.ZERO);
  }

  @Test
  void theOrderOfTheRowsDoesNotMatterAndTheSumIsExact() {
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      digests.add(Sha256.hex("row " + i));
    }
    digests.add("f".repeat(64)); // the largest digest: every limb carries
    digests.add("f".repeat(64));
    StateSum forward = new StateSum();
    digests.forEach(forward::add);
    List<String> shuffled = new ArrayList<>(digests);
    Collections.shuffle(shuffled, new Random(7));
    StateSum backward = new StateSum();
    shuffled.forEach(backward::add);
    BigInteger expected = BigInteger.ZERO;
    for (String d : digests) {
      expected = expected.add(new BigInteger(d, 16)).mod(MOD);
    }
    assertThat(forward).isEqualTo(backward);
    assertThat(forward.hex()).isEqualTo(String.format("%064x", expected));
  }

  @Test
  void takingARowAwayUndoesAddingItAndAnUpdateMovesTheSum() {
    String a = Sha256.hex("a");
    String b = Sha256.hex("b");
    String c = Sha256.hex("c");
    StateSum s = new StateSum().add(a).add(b);
    String before = s.hex();
    s.add(c).subtract(c);
    assertThat(s.hex()).isEqualTo(before);
    // b updated to c, then deleted, and a deleted: nothing left
    s.add(c).subtract(b).subtract(c).subtract(a);
    assertThat(s.hex()).isEqualTo(StateSum.ZERO);
    // going below zero wraps around modulo 2^256
    StateSum negative = new StateSum().subtract(a);
    BigInteger wrapped = MOD.subtract(new BigInteger(a, 16));
    assertThat(negative.hex()).isEqualTo(String.format("%064x", wrapped));
    assertThat(StateSum.parse(negative.hex()).add(a).hex()).isEqualTo(StateSum.ZERO);
  }

  @Test
  void twoSumsAddAsTheirRowsWould() {
    StateSum one = new StateSum().add(Sha256.hex("x"));
    StateSum two = new StateSum().add(Sha256.hex("y"));
    assertThat(one.add(two)).isEqualTo(new StateSum().add(Sha256.hex("y")).add(Sha256.hex("x")));
  }

  @Test
  void anythingButSixtyFourHexDigitsIsRefused() {
    assertThatThrownBy(() -> StateSum.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StateSum().add("00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSumIsReadOnlyFromTheTopLevelOfAPayload() {
    String sum = Sha256.hex("s");
    assertThat(StateReplay.sum("{\"a\":1,\"stateSum\":\"" + sum + "\"}")).contains(sum);
    assertThat(StateReplay.sum("{\"note\":{\"stateSum\":\"" + sum + "\"}}")).isEmpty();
    assertThat(StateReplay.sum("{\"stateSum\":\"" + sum.toUpperCase() + "\"}")).isEmpty();
    assertThat(StateReplay.sum("{\"a\":1}")).isEmpty();
  }
}
