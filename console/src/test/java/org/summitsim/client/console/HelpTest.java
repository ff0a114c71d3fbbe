package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** `help` fits a small screen even for a player who also holds the chair; groups and `help all` say more. */
// Switches the default locale for a moment: no other test may run meanwhile.
@Isolated
class HelpTest {

    private final FakeContext ctx = new FakeContext(new Sample().state());

    private String help(String line) throws Exception {
        ctx.printed.setLength(0);
        ctx.run(line);
        return ctx.printed.toString();
    }

    @Test
    void clearAndClsClearTheScreenAndPrintNothing() throws Exception {
        assertThat(help("clear")).isEmpty();
        assertThat(help("cls")).isEmpty();
        assertThat(ctx.cleared).isEqualTo(2);
    }

    @Test
    void theOverviewFitsAScreenOfFortyRows() throws Exception {
        String overview = help("help");
        assertThat(overview.split("\n").length).as(overview).isLessThanOrEqualTo(30);
        assertThat(overview).contains("Talk", "caucus say CAUCUS TEXT", "Facilitator", "(help talk)", "help all");
    }

    @Test
    void aGroupAndAllSayWhatEachCommandDoes() throws Exception {
        assertThat(help("help talk")).contains("Talk", "say TEXT").doesNotContain("Facilitator");
        assertThat(help("help chair")).contains("Facilitator", "pause");
        assertThat(help("help all")).contains("Talk", "Facilitator", "Read");
        assertThat(help("help vote")).contains("Vote on an open amendment.");
        // The play-test: a usage longer than its column ran into what the command does.
        assertThat(help("help all").lines())
                .filteredOn(l -> l.contains("pledge sign|abstain|push"))
                .singleElement()
                .asString()
                .endsWith("[TEXT]");
    }

    @Test
    void aGroupTypedInCapitalsIsFoundOnATurkishMachineToo() throws Exception {
        // In Turkish, "CHAIR".toLowerCase() is "chaır", which names no group.
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(help("help CHAIR")).contains("Facilitator", "pause");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aPlayerAmongBotsIsToldTheyAnswerPrivateMessagesWithTwoThingsToAsk() throws Exception {
        assertThat(help("help")).as("no bots in the room yet").doesNotContain("Bots answer");
        ctx.state()
                .presence(new org.summitsim.protocol.Presence(
                        null,
                        java.util.List.of(new org.summitsim.protocol.Presence.SeatPresence(
                                "germany", "bot", 0, java.util.List.of(), null, null, "utility")),
                        0,
                        null));

        assertThat(help("help"))
                .contains(
                        "Bots answer private messages",
                        "`dm germany Will you sign?`",
                        "`dm germany What would it take to get your vote?`");
    }
}
