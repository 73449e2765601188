package id.rekap.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.setup.WorkspaceLevel;
import org.junit.jupiter.api.Test;

/**
 * The receiver's largest package follows the level it receives from: a province takes whole
 * regencies (Kab. Bogor's package is about 350 MB at full scale), a kab/kota one kecamatan.
 */
class ReceiverLimitsTest {
  @Test
  void aProvinceTakesTheLargestPackageAReaderAccepts() {
    assertThat(SyncReceiver.Limits.standardFor(WorkspaceLevel.PROVINSI).maxBytes())
        .isEqualTo(512L << 20)
        .isEqualTo(SyncReceiver.LARGEST_PACKAGE);
  }

  @Test
  void aKabKotaKeepsTheStandardSixtyFourMegabytes() {
    assertThat(SyncReceiver.Limits.standardFor(WorkspaceLevel.KABKOTA))
        .isEqualTo(SyncReceiver.Limits.standard());
    assertThat(SyncReceiver.Limits.standard().maxBytes()).isEqualTo(64L << 20);
  }

  @Test
  void onlyTheSizeChangesAtAProvince() {
    var province = SyncReceiver.Limits.standardFor(WorkspaceLevel.PROVINSI);
    assertThat(province.withMaxBytes(64L << 20)).isEqualTo(SyncReceiver.Limits.standard());
  }
}
