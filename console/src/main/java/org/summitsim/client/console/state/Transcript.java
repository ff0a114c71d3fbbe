package org.summitsim.client.console.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversations a seat has seen, by channel ("floor", "news", "dm:SEAT", "caucus:ID"),
 * with how many messages arrived in each since the player last opened it.
 */
public final class Transcript {

    public static final String FLOOR = "floor";
    public static final String NEWS = "news";
    /** What a floor statement the facilitator took off the screens reads as afterwards. */
    public static final String WITHDRAWN = "(taken off the screens by the facilitator)";

    /** One message: {@code from} is a seat id, or null for the chair and the news. */
    public record Line(long seq, long time, String channel, String from, String text) {}

    private final Map<String, List<Line>> channels = new LinkedHashMap<>();
    private final Map<String, Integer> unread = new LinkedHashMap<>();

    public static String dm(String seat) {
        return "dm:" + seat;
    }

    public static String caucus(String id) {
        return "caucus:" + id;
    }

    /** Records a message; {@code unseen} counts it as unread (not for one's own words or old history). */
    public synchronized void add(Line line, boolean unseen) {
        channels.computeIfAbsent(line.channel(), k -> new ArrayList<>()).add(line);
        if (unseen) {
            unread.merge(line.channel(), 1, Integer::sum);
        }
    }

    /** Floor statement {@code seq}, if this transcript holds it, now reads {@link #WITHDRAWN}. */
    public synchronized void withdraw(long seq) {
        List<Line> floor = channels.getOrDefault(FLOOR, List.of());
        for (int i = 0; i < floor.size(); i++) {
            Line l = floor.get(i);
            if (l.seq() == seq) {
                floor.set(i, new Line(l.seq(), l.time(), l.channel(), l.from(), WITHDRAWN));
            }
        }
    }

    /** The latest floor statement by {@code seat} still on the screens, if any. */
    public synchronized java.util.Optional<Line> latestOnFloor(String seat) {
        List<Line> floor = channels.getOrDefault(FLOOR, List.of());
        for (int i = floor.size() - 1; i >= 0; i--) {
            Line l = floor.get(i);
            if (seat.equals(l.from()) && !WITHDRAWN.equals(l.text())) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    public synchronized List<Line> lines(String channel) {
        return List.copyOf(channels.getOrDefault(channel, List.of()));
    }

    /** Channels whose name starts with {@code prefix} ("dm:", "caucus:"), in order of first message. */
    public synchronized List<String> channels(String prefix) {
        return channels.keySet().stream().filter(c -> c.startsWith(prefix)).toList();
    }

    public synchronized int unread(String channel) {
        return unread.getOrDefault(channel, 0);
    }

    /** Unread messages over every channel whose name starts with {@code prefix}. */
    public synchronized int unreadUnder(String prefix) {
        return unread.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public synchronized void markRead(String channel) {
        unread.remove(channel);
    }
}
