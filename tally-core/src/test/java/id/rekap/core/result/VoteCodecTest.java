package id.rekap.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of block IV: exact bytes, a lossless round trip, and refusal of bad bytes. */
class VoteCodecTest {
  @Test
  void knownBytes() {
    Map<Integer, Integer> cells = new HashMap<>();
    cells.put(2, null);
    cells.put(1, 5);
    byte[] bytes = VoteCodec.encode(Votes.of(cells));
    // version 1, then (key, count) big-endian and sorted by key, -1 for null
    assertThat(HexFormat.of().formatHex(bytes))
        .isEqualTo("01" + "00000001" + "00000005" + "00000002" + "ffffffff");
  }

  @Test
  void emptyVotesRoundTrip() {
    assertThat(VoteCodec.decode(VoteCodec.encode(Votes.empty()))).isEqualTo(Votes.empty());
  }

  @Test
  void randomVotesRoundTripWithNullsAndZerosKept() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      Map<Integer, Integer> cells = new HashMap<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int party = 1 + random.nextInt(24);
        int key =
            random.nextBoolean()
                ? VoteKey.candidate(1 + random.nextInt(998))
                : switch (random.nextInt(3)) {
                  case 0 -> VoteKey.partyOnly(party);
                  case 1 -> VoteKey.partyTotal(party);
                  default -> VoteKey.partyCandidate(party, 1 + random.nextInt(998));
                };
        int kind = random.nextInt(10);
        cells.put(key, kind == 0 ? null : kind == 1 ? 0 : random.nextInt(100_000));
      }
      Votes votes = Votes.of(cells);
      Votes back = VoteCodec.decode(VoteCodec.encode(votes));
      assertThat(back).isEqualTo(votes);
      assertThat(back.asMap()).isEqualTo(new java.util.TreeMap<>(cells));
    }
  }

  @Test
  void refusesBytesItDidNotWrite() {
    assertThatIllegalStateException().isThrownBy(() -> VoteCodec.decode(new byte[0]));
    assertThatIllegalStateException().isThrownBy(() -> VoteCodec.decode(new byte[] {2}));
    assertThatIllegalStateException().isThrownBy(() -> VoteCodec.decode(new byte[] {1, 0, 0}));
    byte[] unsorted =
        HexFormat.of().parseHex("01" + "00000002" + "00000005" + "00000001" + "00000005");
    assertThatIllegalStateException().isThrownBy(() -> VoteCodec.decode(unsorted));
  }

  @Test
  void voteKeysOfPartyListsDecompose() {
    int key = VoteKey.partyCandidate(17, 12);
    assertThat(VoteKey.party(key)).isEqualTo(17);
    assertThat(VoteKey.slot(key)).isEqualTo(12);
    assertThat(VoteKey.slot(VoteKey.partyOnly(3))).isEqualTo(VoteKey.PARTY_ONLY);
    assertThat(VoteKey.slot(VoteKey.partyTotal(3))).isEqualTo(VoteKey.PARTY_TOTAL);
    assertThat(VoteKey.party(VoteKey.candidate(3))).isZero();
  }
}
