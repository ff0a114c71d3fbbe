package org.summitsim.client.console.state;

import org.summitsim.core.rules.Event;

/** Which events are messages worth keeping in a conversation, and in which channel. */
final class TranscriptLines {

    private TranscriptLines() {}

    static Transcript.Line of(long seq, long time, Event e, String me) {
        if (e instanceof Event.FloorStatement f) {
            return new Transcript.Line(seq, time, Transcript.FLOOR, f.seat(), f.text());
        }
        if (e instanceof Event.DirectMessage d) {
            // A facilitator reading private talk files it under the sender.
            String other = d.from().equals(me) ? d.to() : d.from();
            return new Transcript.Line(seq, time, Transcript.dm(other), d.from(), d.text());
        }
        if (e instanceof Event.CaucusMessage c) {
            return new Transcript.Line(seq, time, Transcript.caucus(c.caucus()), c.from(), c.text());
        }
        if (e instanceof Event.Announced a) {
            return new Transcript.Line(seq, time, Transcript.NEWS, null, "Chair: " + a.text());
        }
        if (e instanceof Event.NewsReleased n) {
            String named = NewsCredit.of(n);
            String source = named == null ? "" : " (" + named + ")";
            return new Transcript.Line(seq, time, Transcript.NEWS, null, n.title() + source + ": " + n.text());
        }
        return null;
    }
}
