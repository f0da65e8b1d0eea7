package vn.safeschool.declaration;

/**
 * How the institutions under a unit stand in a campaign. {@code safe + atRisk + unsafe + notDeclared == total}
 * always; {@code late} counts declarations made after the deadline, whatever their status.
 */
public record StatusCounts(long total, long safe, long atRisk, long unsafe, long notDeclared, long late) {

    public long declared() {
        return safe + atRisk + unsafe;
    }
}
