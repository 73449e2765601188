package id.rekap.core.adoption;

/**
 * The plenary's recorded decision on a TPS or region whose findings (or package conflict) would
 * otherwise keep it out of an adoption: valid while the place is still in the situation it ruled
 * on.
 *
 * @param subject {@link Rulings#subject} of the place when the ruling was made
 */
public record Ruling(String text, String subject) {}
