package org.summitsim.client.console.render;

import java.util.Map;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.view.PlayerView;

/**
 * `text`: the declaration clause by clause, what changed since the player last looked (or
 * since the chair's draft, the first time), the other wordings with their ids, and the open
 * amendments on each clause.
 */
public final class TextPage {

    private TextPage() {}

    public static String render(PlayerView v, Map<String, String> lastSeen, Style s) {
        Names names = new Names(v);
        Preferences p = v.seat() == null ? null : v.preferences().get(v.seat());
        StringBuilder out = new StringBuilder();
        out.append(s.heading("The declaration, as it reads now (" + v.stage().inWords() + ")"))
                .append('\n');
        int n = 1;
        for (PlayerView.ClauseView c : v.text()) {
            ClauseOption current = c.options().stream()
                    .filter(o -> o.id().equals(c.current()))
                    .findFirst()
                    .orElse(new ClauseOption(c.current(), c.current(), c.current()));
            out.append('\n').append(s.bold(n++ + ". " + c.title())).append(s.dim("  [" + c.id() + "]"));
            String before = lastSeen == null ? c.draft() : lastSeen.get(c.id());
            if (before != null && !before.equals(c.current())) {
                out.append("  ")
                        .append(s.warn(
                                lastSeen == null
                                        ? "AMENDED (draft: " + before + ")"
                                        : "CHANGED since you last looked (was: " + before + ")"));
            }
            out.append('\n')
                    .append(Wrap.text("“" + current.text() + "”", "   "))
                    .append('\n');
            StringBuilder options = new StringBuilder("   options: ");
            for (ClauseOption o : c.options()) {
                options.append(o.id().equals(c.current()) ? s.bold("*" + o.id()) : o.id());
                if (p != null) {
                    options.append(" (")
                            .append(BriefPage.signed(p.value(c.id(), o.id())))
                            .append(p.isRedLine(c.id(), o.id()) ? ", red line" : "")
                            .append(')');
                }
                options.append(' ');
            }
            out.append(s.dim(options.toString().stripTrailing())).append('\n');
            for (PlayerView.AmendmentView a : v.amendments()) {
                if (a.clause().equals(c.id()) && a.status().equals("open")) {
                    out.append("   ")
                            .append(s.warn("open amendment " + a.id() + ": → " + a.option() + " (\u201c"
                                    + names.option(a.clause(), a.option())
                                            .map(org.summitsim.core.scenario.ClauseOption::label)
                                            .orElse(a.option())
                                    + "\u201d)"))
                            .append(" by ")
                            .append(names.seat(a.proposer()))
                            .append(s.dim("  (`amendments` for details)"))
                            .append('\n');
                }
            }
        }
        out.append('\n')
                .append(s.dim("The * marks the wording the text has now."
                        + (p == null ? "" : " The number after each option is what it is worth to you.")
                        + " Change a clause: `propose CLAUSE OPTION reason` (in rounds)."));
        return out.toString();
    }

    /** `text CLAUSE`: one clause with every wording in full. */
    public static String clause(PlayerView v, PlayerView.ClauseView c, Style s) {
        Preferences p = v.seat() == null ? null : v.preferences().get(v.seat());
        StringBuilder out = new StringBuilder(s.heading(c.title() + "  [" + c.id() + "]")).append('\n');
        for (ClauseOption o : c.options()) {
            String marks = o.id().equals(c.current()) ? " (current)" : "";
            out.append('\n')
                    .append(s.bold(o.id()))
                    .append(" — ")
                    .append(o.label())
                    .append(s.dim(marks));
            if (p != null) {
                out.append(s.dim("  worth " + BriefPage.signed(p.value(c.id(), o.id())) + " to you"))
                        .append(p.isRedLine(c.id(), o.id()) ? s.error("  RED LINE") : "");
            }
            out.append('\n').append(Wrap.text("“" + o.text() + "”", "   ")).append('\n');
        }
        return out.toString();
    }
}
