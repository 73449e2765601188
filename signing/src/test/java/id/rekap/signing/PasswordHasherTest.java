package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  // Small parameters keep the test fast; the format and the algorithm are the same.
  private final PasswordHasher hasher = new PasswordHasher(1024, 1);

  @Test
  void aHashIsArgon2idInPhcFormatAndVerifies() {
    String hash = hasher.hash("rahasia-PPK".toCharArray());
    assertThat(hash)
        .matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(hasher.verify("rahasia-PPK".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("rahasia-ppk".toCharArray(), hash)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(hasher.hash("x".toCharArray())).isNotEqualTo(hasher.hash("x".toCharArray()));
  }

  @Test
  void malformedHashesNeverVerify() {
    for (String bad :
        new String[] {
          null,
          "",
          "plain",
          "$argon2i$v=19$m=1024,t=1,p=1$AAAA$BBBB",
          "$argon2id$v=19$m=x$AAAA$BBBB"
        }) {
      assertThat(hasher.verify("x".toCharArray(), bad)).isFalse();
    }
  }

  @Test
  void defaultParametersAreOwaspMinimumAndTravelWithTheHash() {
    // A hash made with the defaults verifies with a hasher of other defaults: the parameters
    // are read from the hash, so they can be raised later without breaking stored ones.
    String hash = new PasswordHasher().hash("password".toCharArray());
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.verify("password".toCharArray(), hash)).isTrue();
  }
}
