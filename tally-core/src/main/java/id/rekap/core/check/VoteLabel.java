package id.rekap.core.check;

import id.rekap.core.result.FieldLabels;

/** The name of a vote cell in finding values (see {@link FieldLabels#ofVote}). */
final class VoteLabel {
  private VoteLabel() {}

  static String of(int key) {
    return FieldLabels.ofVote(key);
  }
}
