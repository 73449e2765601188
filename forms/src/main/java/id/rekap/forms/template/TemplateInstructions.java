package id.rekap.forms.template;

import id.rekap.core.template.TemplateTarget;
import java.util.List;

/** The instruction sheet, in Indonesian: the clerks' language and the form's. */
final class TemplateInstructions {
  private TemplateInstructions() {}

  static List<String> lines(TemplateTarget target) {
    return List.of(
        "Templat isian C.Hasil: " + target.contest().name() + " (" + target.contest().code() + ")",
        "Pemilu: " + target.electionId() + "; wilayah ruang kerja: " + target.regionCode(),
        "",
        "Cara mengisi:",
        "1. Setiap baris adalah satu TPS. Kode TPS, desa/kelurahan dan nama TPS sudah terisi;"
            + " jangan diubah.",
        "2. Salin angka dari formulir C.Hasil apa adanya, termasuk jumlah yang tertulis"
            + " (jangan dihitung ulang): pemeriksaan Rekap akan menemukan selisihnya.",
        "3. Kolom mengikuti urutan formulir: I (DPT dan pengguna hak pilih, L/P/L+P),"
            + " II (surat suara), III (disabilitas), IV (perolehan suara), V (suara sah,"
            + " tidak sah, jumlah).",
        "4. Untuk DPR/DPRD, blok IV per partai: suara partai saja, suara setiap calon menurut"
            + " nomor urut, lalu jumlah suara sah partai dan calon seperti tertulis.",
        "5. Isi hanya bilangan bulat 0 sampai 999. Kotak yang kosong di formulir dibiarkan"
            + " kosong (kosong tidak sama dengan 0). Baris TPS yang seluruhnya kosong dilewati.",
        "6. Jangan memakai rumus, jangan menambah atau menyembunyikan lembar, jangan mengubah"
            + " kepala kolom. Berkas yang melanggar ditolak seluruhnya, dengan alamat selnya.",
        "7. Impor berkas yang sudah diisi dengan Rekap; isian dihitung sebagai satu kali"
            + " pengetikan (entri ganda oleh petugas lain tetap diperlukan).");
  }
}
