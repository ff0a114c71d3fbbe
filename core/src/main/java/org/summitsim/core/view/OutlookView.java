package org.summitsim.core.view;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.function.Supplier;
import org.summitsim.core.scoring.Outlook;

/**
 * A seat view's {@link Outlook}, worked out the first time it is read. Bots take thousands of
 * views a match and never read it; a view sent to a player is read once, when it is written
 * out, which happens as soon as the view is made.
 */
public final class OutlookView {

    private Supplier<Outlook> source;
    private Outlook outlook;

    private OutlookView(Supplier<Outlook> source) {
        this.source = source;
    }

    static OutlookView later(Supplier<Outlook> source) {
        return new OutlookView(source);
    }

    /** An outlook already known, e.g. read back from the wire. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OutlookView of(Outlook outlook) {
        OutlookView v = new OutlookView(null);
        v.outlook = outlook;
        return v;
    }

    @JsonValue
    public synchronized Outlook get() {
        if (source != null) {
            outlook = source.get();
            source = null;
        }
        return outlook;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutlookView other && Objects.equals(get(), other.get());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(get());
    }

    @Override
    public String toString() {
        return String.valueOf(get());
    }
}
