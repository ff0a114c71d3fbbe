package org.summitsim.core.rules;

/**
 * What a delegation the facilitator has muted may not send: any words of its own that others
 * would read. No messages at all (floor, private, caucus, nor a new caucus, whose name others
 * read), and no words with what it still may do: it proposes, pledges, offers and decides
 * without a reason, text or statement.
 */
public final class MuteRule {

    private static final String MUTED = "The facilitator has muted your delegation: ";

    private MuteRule() {}

    /** The refusal of {@code command} from a muted {@code seat}; null when the seat is not muted or the command has no words. */
    static Verdict check(MatchState state, String seat, Command.SeatCommand command) {
        if (!state.isMuted(seat)) {
            return null;
        }
        if (command instanceof Command.Say
                || command instanceof Command.Whisper
                || command instanceof Command.CaucusSay
                || command instanceof Command.CreateCaucus) {
            return Verdict.reject(
                    RejectionCode.MUTED,
                    MUTED + "you cannot send messages until you are unmuted."
                            + " You can still propose, vote, make deals and decide.");
        }
        String field = wordsOf(command);
        return field == null
                ? null
                : Verdict.reject(
                        RejectionCode.MUTED,
                        MUTED + "no words of your own until you are unmuted. Send it again without its \"" + field
                                + "\"; the rest still counts.");
    }

    /**
     * What a muted delegation may still send of {@code command}: the same without the words others
     * would read (a bot's decision without its statement); null for a message, which is all words.
     */
    public static Command withoutWords(Command command) {
        if (command instanceof Command.Say
                || command instanceof Command.Whisper
                || command instanceof Command.CaucusSay
                || command instanceof Command.CreateCaucus) {
            return null;
        }
        if (command instanceof Command.Propose p) {
            return new Command.Propose(p.clause(), p.option(), null);
        }
        if (command instanceof Command.MakePledge p) {
            return new Command.MakePledge(p.decision(), p.conditions(), null, p.ifCoalition());
        }
        if (command instanceof Command.OfferDeal o) {
            return new Command.OfferDeal(o.to(), o.give(), o.want(), null);
        }
        if (command instanceof Command.Decide d) {
            return new Command.Decide(d.decision(), null);
        }
        return command;
    }

    /** The field holding the words others would read, when the command carries some; else null. */
    private static String wordsOf(Command.SeatCommand command) {
        if (command instanceof Command.Propose p && present(p.rationale())) {
            return "rationale";
        }
        if (command instanceof Command.MakePledge p && present(p.text())) {
            return "text";
        }
        if (command instanceof Command.OfferDeal o && present(o.text())) {
            return "text";
        }
        if (command instanceof Command.Decide d && present(d.statement())) {
            return "statement";
        }
        return null;
    }

    private static boolean present(String words) {
        return words != null && !words.isBlank();
    }
}
