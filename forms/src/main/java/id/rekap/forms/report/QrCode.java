package id.rekap.forms.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The QR code of a page (ADR 0006): the modules only, so the PDF draws them as vector squares and
 * the spreadsheet does not need one. Error correction M survives a crumpled photo of the paper.
 */
final class QrCode {
  private QrCode() {}

  /** The module matrix without quiet zone (the page leaves white space around it). */
  static BitMatrix modules(String content) {
    try {
      return new QRCodeWriter()
          .encode(
              content,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  0,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("QR content too long: " + content.length(), e);
    }
  }
}
