package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a bot's author reads when the bot threw: the exception, and the bot's own line that led to it. */
class BotFaultTest {

    @Test
    void pointsAtTheBotsOwnLineNotInsideTheJdk() {
        Throwable thrown = null;
        try {
            Optional.empty().orElseThrow(); // throws inside java.util.Optional, called from here
        } catch (RuntimeException e) {
            thrown = e;
        }

        assertThat(BotFault.describe(thrown))
                .startsWith("NoSuchElementException: No value present (at ")
                .contains("BotFaultTest.pointsAtTheBotsOwnLineNotInsideTheJdk(BotFaultTest.java:");
    }
}
