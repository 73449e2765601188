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

  /**
   * An objection (keberatan) or special event (kejadian khusus), with its response if any.
   *
   * @param session the plenary session it was raised in (null when none was recorded)
   * @param participant the number of the participant the raising witness represents (null when not
   *     a witness, or not said)
   * @param recommendation Panwaslu's recommendation, if it gave one
   */
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
      String at,
      Long session,
      Integer participant,
      String recommendation) {}

  long nextCorrectionId();

  void insert(CorrectionRow row);

  List<CorrectionRow> corrections(String tps, ContestCode contest);

  List<CorrectionRow> allCorrections();

  long nextObjectionId();

  void insert(ObjectionRow row);

  void respond(long id, String response, Objections.Decision decision);

  void recommend(long id, String recommendation);

  List<ObjectionRow> objections();
}
