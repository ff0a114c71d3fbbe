package org.summitsim.client.console.render;

import java.util.List;
import java.util.Locale;
import org.summitsim.client.console.state.Transcript;

/** A conversation (the floor, a bilateral, a caucus, the news) and the inbox of them all. */
public final class ChannelPage {

    /** How many of the latest lines a conversation shows. */
    public static final int LAST = 30;

    private ChannelPage() {}

    public static String render(String title, List<Transcript.Line> lines, Names names, String me, Style s) {
        StringBuilder out = new StringBuilder(s.heading(title)).append('\n');
        if (lines.isEmpty()) {
            return out.append("Nothing said here yet.").toString();
        }
        if (lines.size() > LAST) {
            out.append(s.dim("(" + (lines.size() - LAST) + " earlier messages not shown)"))
                    .append('\n');
        }
        for (Transcript.Line l : lines.subList(Math.max(0, lines.size() - LAST), lines.size())) {
            String who = l.from() == null ? "" : (l.from().equals(me) ? "You" : names.seat(l.from())) + ": ";
            out.append(s.talk(who)).append(l.text()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    public static String inbox(Transcript t, Names names, Style s) {
        StringBuilder out = new StringBuilder(s.heading("Inbox")).append('\n');
        List<String> dms = t.channels("dm:");
        List<String> caucuses = t.channels("caucus:");
        row(out, t, Transcript.FLOOR, "floor", "floor", s);
        row(out, t, Transcript.NEWS, "news and chair", "news", s);
        for (String c : dms) {
            String seat = c.substring(3);
            row(out, t, c, "dm with " + names.inSentence(seat), "dm " + seat, s);
        }
        for (String c : caucuses) {
            String id = c.substring(7);
            row(out, t, c, "caucus " + names.caucus(id), "caucus " + id, s);
        }
        if (dms.isEmpty()) {
            out.append(s.dim("No private messages yet. Start one: `dm ID text`."))
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static void row(StringBuilder out, Transcript t, String channel, String label, String command, Style s) {
        int unread = t.unread(channel);
        int total = t.lines(channel).size();
        String count = String.format(
                Locale.ROOT, "%-10s", unread > 0 ? unread + " new" : total + (total == 1 ? " msg" : " msgs"));
        out.append(String.format(Locale.ROOT, "  %-36s ", label))
                .append(unread > 0 ? s.warn(count) : count)
                .append(' ')
                .append(s.dim("`" + command + "`"))
                .append('\n');
    }
}
