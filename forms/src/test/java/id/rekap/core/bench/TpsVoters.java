package id.rekap.core.bench;

import java.util.SplittableRandom;

/**
 * The voters of one TPS, shared by all its ballots: the register (DPT) by sex and who came, from
 * the register, as movers (DPTb) and on ID card only (DPK). Every derived total is consistent:
 * users = DPT users + DPTb + DPK, per sex and overall.
 */
record TpsVoters(
    int dptL, int dptP, int usersDptL, int usersDptP, int dptbL, int dptbP, int dpkL, int dpkP) {

  /** A TPS of 150..300 registered voters (the 2024 limit) with 70..90% turnout. */
  static TpsVoters generate(SplittableRandom r) {
    int dpt = r.nextInt(150, 301);
    int dptL = dpt / 2 + r.nextInt(-10, 11);
    int dptP = dpt - dptL;
    double turnout = 0.70 + 0.20 * r.nextDouble();
    int usersL = (int) Math.round(dptL * (turnout + 0.03 * r.nextGaussian()));
    int usersP = (int) Math.round(dptP * (turnout + 0.03 * r.nextGaussian()));
    return new TpsVoters(
        dptL,
        dptP,
        Math.clamp(usersL, 0, dptL),
        Math.clamp(usersP, 0, dptP),
        r.nextInt(0, 4),
        r.nextInt(0, 4),
        r.nextInt(0, 3),
        r.nextInt(0, 3));
  }

  int dpt() {
    return dptL + dptP;
  }

  int usersL() {
    return usersDptL + dptbL + dpkL;
  }

  int usersP() {
    return usersDptP + dptbP + dpkP;
  }

  int users() {
    return usersL() + usersP();
  }
}
