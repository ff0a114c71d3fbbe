package org.summitsim.client.console.state;

import java.util.Locale;
import org.summitsim.core.rules.Event;

/** Who a news item is credited to, said once: shared by the live feed and the transcripts. */
public final class NewsCredit {

    private NewsCredit() {}

    /**
     * A news item's source to name after its title, or null when it has none or when the title or
     * text already names it ("Human Rights Watch: define 'appropriate'" needs no "— Human Rights Watch").
     */
    public static String of(Event.NewsReleased n) {
        String source = n.source() == null ? "" : n.source().strip();
        if (source.isEmpty()) {
            return null;
        }
        String said = ((n.title() == null ? "" : n.title()) + " " + (n.text() == null ? "" : n.text()))
                .toLowerCase(Locale.ROOT);
        return said.contains(source.toLowerCase(Locale.ROOT)) ? null : source;
    }
}
