package id.rekap.core.election;

/**
 * A candidate (or pair) with its ballot number; {@code sirekapId} keys Sirekap's chart. The empty
 * column of a single-pair contest is a candidate too ({@code emptyColumn}), whatever its number:
 * declared so in the definition or named so by Sirekap ({@link EmptyColumn#isNamed}); its name is
 * then always {@link EmptyColumn#NAME}, never a person's.
 */
public record Candidate(
    int number, String sirekapId, String name, String sex, boolean emptyColumn) {
  public Candidate {
    emptyColumn = emptyColumn || EmptyColumn.isNamed(name);
    if (emptyColumn) {
      name = EmptyColumn.NAME;
      sex = null;
    }
  }

  public Candidate(int number, String sirekapId, String name, String sex) {
    this(number, sirekapId, name, sex, false);
  }
}
