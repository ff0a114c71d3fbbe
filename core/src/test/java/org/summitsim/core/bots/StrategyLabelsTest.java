package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short names of strategies for tables: scripts and Java bots by file and class, never ambiguous. */
class StrategyLabelsTest {

    @Test
    void scriptsGoByTheirFileAndJavaBotsByTheirClass() {
        assertThat(Strategies.labels(List.of(
                        "utility",
                        "script:/home/ann/bots/treaty-hawk.json",
                        "script:C:\\bots\\dove.json",
                        "class:org.example.bots.Hawk")))
                .containsExactly(
                        java.util.Map.entry("utility", "utility"),
                        java.util.Map.entry("script:/home/ann/bots/treaty-hawk.json", "treaty-hawk.json"),
                        java.util.Map.entry("script:C:\\bots\\dove.json", "dove.json"),
                        java.util.Map.entry("class:org.example.bots.Hawk", "Hawk"));
    }

    @Test
    void aShortNameThatWouldBeAmbiguousStaysWhole() {
        assertThat(Strategies.labels(List.of("script:a/hawk.json", "script:b/hawk.json", "script:bots/utility")))
                .containsValues("script:a/hawk.json", "script:b/hawk.json", "script:bots/utility");
        assertThat(Strategies.labels(List.of("script:bots/", "class:org.example.Outer$")))
                .containsValues("script:bots/", "class:org.example.Outer$");
    }
}
