package org.summitsim.core.scoring;

import java.util.Map;

/**
 * A seat's score, its parts, and where it lies between the worst and best outcomes that
 * delegation could get ({@code percent}, 0..100), so that roles compare.
 */
public record Score(double total, Map<String, Double> breakdown, double best, double worst, double percent) {
}
