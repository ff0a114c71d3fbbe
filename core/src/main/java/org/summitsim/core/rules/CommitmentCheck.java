package org.summitsim.core.rules;

/**
 * Whether one seat kept one commitment. {@code VOID} when the commitment never came due (its
 * condition failed, or the amendment was withdrawn); void commitments do not affect trust.
 *
 * @param id "P2" for a pledge, "D1" for a seat's side of a deal
 */
public record CommitmentCheck(String id, String kind, String seat, Status status, String reason) {

    public enum Status {
        KEPT,
        BROKEN,
        VOID
    }
}
