package org.summitsim.client.console.render;

import org.summitsim.core.scenario.AdoptionRule;

/**
 * The room's adoption rule in a sentence a student reads at a glance. The view carries the rule
 * as the rules state it ("consensus: adopted with at most 2 objections and more supports than
 * objections"), which bots parse; people get {@link AdoptionRule#inWords()}.
 */
public final class AdoptionWords {

    private AdoptionWords() {}

    public static String of(String rule) {
        AdoptionRule read = AdoptionRule.fromDescription(rule);
        return read != null ? read.inWords() : "Amendments pass by this rule: " + rule + ".";
    }
}
