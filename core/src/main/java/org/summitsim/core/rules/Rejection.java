package org.summitsim.core.rules;

/**
 * Why a command was refused: a stable {@code code} for programs and a sentence for people
 * that says what to do instead.
 */
public record Rejection(RejectionCode code, String message) {}
