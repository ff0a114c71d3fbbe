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
