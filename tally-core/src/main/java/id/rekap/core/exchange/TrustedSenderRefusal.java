package id.rekap.core.exchange;

import id.rekap.core.common.RekapException;

/**
 * A package refused although it is intact and its signer is on the trust list (an old sequence, an
 * adopted kecamatan, a bad row): the sender is known and accountable, so the receiver records such
 * a refusal as an audit event of its own, while a stranger's refusals are only counted.
 */
public final class TrustedSenderRefusal extends RekapException {
  TrustedSenderRefusal(RekapException refusal) {
    super(refusal.kind(), refusal, refusal.key(), refusal.args());
  }
}
