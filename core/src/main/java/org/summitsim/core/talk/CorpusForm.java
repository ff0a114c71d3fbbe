package org.summitsim.core.talk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.summitsim.core.scenario.Decision;

/**
 * An {@link Intent} in the shape of the talk corpus's expectations, one JSON object per message
 * ({@code core/src/test/resources/talk/corpus.jsonl}): {@code {"intent": "trade", "give":
 * {"clause": "human", "option": "meaningful"}, "want": {"decision": "sign"}}}. Decisions are
 * named {@code sign}, {@code abstain} and {@code push}. A side that drops a wording carries
 * {@code "drop": true} beside the fields the corpus knows.
 */
public final class CorpusForm {

    private CorpusForm() {}

    public static Map<String, Object> of(Intent intent) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intent", name(intent));
        if (intent instanceof Intent.Position p) {
            out.put("clauses", p.clauses());
        } else if (intent instanceof Intent.Trade t) {
            out.put("give", side(t.give()));
            out.put("want", side(t.want()));
        } else if (intent instanceof Intent.AskPledge a) {
            out.put("decision", a.decision() == null ? null : decision(a.decision()));
        }
        return out;
    }

    /** The corpus's name of an intent: {@code position}, {@code position_text}, {@code ask_pledge}... */
    public static String name(Intent intent) {
        // "PositionText" is "position_text": the record's name in snake case
        return intent.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    public static String decision(Decision d) {
        return d == Decision.PUSH_BINDING ? "push" : d.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> side(Intent.Side side) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (side instanceof Intent.Final f) {
            out.put("decision", decision(f.decision()));
        } else if (side instanceof Intent.Wording w) {
            out.put("clause", w.clause());
            out.put("option", w.option());
            if (w.drop()) {
                out.put("drop", true);
            }
        }
        return out;
    }
}
