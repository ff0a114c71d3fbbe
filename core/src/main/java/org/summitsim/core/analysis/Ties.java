package org.summitsim.core.analysis;

/**
 * The one rule for whether two strategies' mean scores differ by more than chance: they are
 * <em>tied</em> when their means differ by at most 1.96 × sqrt(se_a² + se_b²), se being each
 * mean's standard error. The analysis marks the strategies tied with a role's best by it, and a
 * tournament's table its delegations' (docs/BOTS.md).
 */
public final class Ties {

    /** The 95 % point of the normal distribution: a 95 % interval is the mean ± Z95 × se. */
    public static final double Z95 = 1.96;

    private Ties() {}

    /** Whether means {@code meanA} and {@code meanB}, with standard errors {@code seA} and {@code seB}, are tied. */
    public static boolean tied(double meanA, double seA, double meanB, double seB) {
        return Math.abs(meanA - meanB) <= Z95 * Math.sqrt(seA * seA + seB * seB);
    }

    /** The same for means given with the half-width of their 95 % interval (Z95 × se), as a tournament gives them. */
    public static boolean tiedByHalfWidth(double meanA, double halfA, double meanB, double halfB) {
        return tied(meanA, halfA / Z95, meanB, halfB / Z95);
    }
}
