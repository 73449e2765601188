package id.rekap.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.MessageRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash chain as pure functions: framing, linking and the incremental verifier. */
class AuditChainTest {
  private static final String AT = "2024-02-20T10:15:30Z";

  @Test
  void theHashIsSha256OverTheVersionedLineFraming() throws NoSuchAlgorithmException {
    // Known answer computed here with the JDK, independently of the signing module.
    String framed =
        "rekap-audit/1\n" + AuditChain.GENESIS + "\n1\n" + AT + "\nos:ppk\nregions.import\n{}";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(framed.getBytes(StandardCharsets.UTF_8)));
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "os:ppk", "regions.import", "{}"))
        .isEqualTo(expected);
  }

  @Test
  void everyFieldIsCoveredByTheHash() {
    String base = AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "x", "{}");
    assertThat(
            List.of(
                AuditChain.hash("1".repeat(64), 1, AT, "a", "x", "{}"),
                AuditChain.hash(AuditChain.GENESIS, 2, AT, "a", "x", "{}"),
                AuditChain.hash(AuditChain.GENESIS, 1, "2024-02-20T10:15:31Z", "a", "x", "{}"),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, "b", "x", "{}"),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "y", "{}"),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "x", "{\"n\":1}")))
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }

  @Test
  void nextLinksToThePreviousHead() {
    AuditEvent first = AuditChain.next(AuditHead.EMPTY, AT, "a", "x", "{}");
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS).hasSize(64);
    AuditEvent second = AuditChain.next(new AuditHead(1, first.hash()), AT, "a", "y", "{}");
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(second.hash())
        .isEqualTo(AuditChain.hash(first.hash(), 2, AT, "a", "y", "{}"))
        .isNotEqualTo(first.hash());
  }

  @Test
  void anIntactChainVerifiesAgainstItsHead() {
    List<AuditEvent> chain = chain(5);
    AuditChain.Verifier v = new AuditChain.Verifier();
    chain.forEach(e -> assertThat(v.accept(e)).isTrue());
    AuditHead head = new AuditHead(5, chain.getLast().hash());
    assertThat(v.head()).isEqualTo(head);
    assertThat(v.finish(head)).isEmpty();
  }

  @Test
  void theEmptyLogVerifies() {
    assertThat(new AuditChain.Verifier().finish(AuditHead.EMPTY)).isEmpty();
  }

  @Test
  void aChangedFieldBreaksTheHash() {
    List<AuditEvent> chain = chain(4);
    AuditEvent e = chain.get(2);
    chain.set(
        2,
        new AuditEvent(
            e.seq(), e.at(), e.actor(), e.action(), "{\"x\":1}", e.prevHash(), e.hash()));
    assertThat(verify(chain)).hasValue("audit.verify.hash|3");
  }

  @Test
  void aMissingEventIsAGap() {
    List<AuditEvent> chain = chain(4);
    chain.remove(1);
    assertThat(verify(chain)).hasValue("audit.verify.gap|3|2");
  }

  @Test
  void anEventWithTheRightSeqButAnotherPredecessorBreaksTheLink() {
    List<AuditEvent> chain = chain(4);
    AuditEvent e = chain.get(3);
    // re-hashed consistently, but chained to the wrong predecessor
    String wrongPrev = chain.get(1).hash();
    chain.set(
        3,
        new AuditEvent(
            4,
            e.at(),
            e.actor(),
            e.action(),
            e.payload(),
            wrongPrev,
            AuditChain.hash(wrongPrev, 4, e.at(), e.actor(), e.action(), e.payload())));
    assertThat(verify(chain)).hasValue("audit.verify.link|4");
  }

  @Test
  void removingTheNewestEventsIsCaughtByTheHead() {
    List<AuditEvent> chain = chain(4);
    AuditHead head = new AuditHead(4, chain.getLast().hash());
    AuditChain.Verifier v = new AuditChain.Verifier();
    chain.subList(0, 3).forEach(v::accept);
    assertThat(v.finish(head).map(AuditChainTest::flat)).hasValue("audit.verify.head|4|3");
  }

  @Test
  void theFirstProblemIsKept() {
    List<AuditEvent> chain = chain(5);
    chain.remove(1);
    AuditChain.Verifier v = new AuditChain.Verifier();
    chain.forEach(v::accept);
    assertThat(v.accept(chain.getLast())).isFalse();
    assertThat(v.problem()).hasValue(new MessageRef("audit.verify.gap", 3L, 2L));
    assertThat(v.finish(AuditHead.EMPTY).map(AuditChainTest::flat))
        .hasValue("audit.verify.gap|3|2");
  }

  private static List<AuditEvent> chain(int n) {
    List<AuditEvent> out = new ArrayList<>();
    AuditHead head = AuditHead.EMPTY;
    for (int i = 0; i < n; i++) {
      AuditEvent e = AuditChain.next(head, AT, "actor" + i, "action" + i, "{\"i\":" + i + "}");
      out.add(e);
      head = new AuditHead(e.seq(), e.hash());
    }
    return out;
  }

  private static java.util.Optional<String> verify(List<AuditEvent> chain) {
    AuditChain.Verifier v = new AuditChain.Verifier();
    chain.forEach(v::accept);
    return v.problem().map(AuditChainTest::flat);
  }

  /** The problem as its key and numbers, for short assertions. */
  private static String flat(MessageRef problem) {
    StringBuilder b = new StringBuilder(problem.key());
    problem.args().forEach(a -> b.append('|').append(a));
    return b.toString();
  }
}
