package id.rekap.core.plenary;

import id.rekap.core.election.ContestCode;
import java.util.List;

/** Persistence of corrections, objections and special events (implemented by the store). */
public interface PlenaryRepository {
  /** One corrected field. */
  record CorrectionRow(
      long id,
      String tps,
      ContestCode contest,
      String field,
      Integer oldValue,
      Integer newValue,
      String reason,
      Evidence evidence,
      String proposedBy,
      String approvedBy,
      String at) {}

  /** An objection (keberatan) or special event (kejadian khusus), with its response if any. */
  record ObjectionRow(
      long id,
      Objections.Kind kind,
      ContestCode contest,
      String place,
      String raisedBy,
      String text,
      String response,
      Objections.Decision decision,
      String recordedBy,
      String at) {}

  long nextCorrectionId();

  void insert(CorrectionRow row);

  List<CorrectionRow> corrections(String tps, ContestCode contest);

  List<CorrectionRow> allCorrections();

  long nextObjectionId();

  void insert(ObjectionRow row);

  void respond(long id, String response, Objections.Decision decision);

  List<ObjectionRow> objections();
}
