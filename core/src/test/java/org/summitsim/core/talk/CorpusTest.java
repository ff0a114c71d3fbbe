package org.summitsim.core.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The recogniser against collections of player messages with what each means, each written by
 * someone who had not seen the recogniser: {@code corpus.jsonl} (may not be in a checkout yet:
 * the test is then skipped), {@code heldout.jsonl} and {@code final.jsonl}, each of which was
 * later used to improve the rules, so none of them is unseen any more; {@code unseen.jsonl}, the
 * fourth (181 messages), written without sight of the recogniser, its tests or the scenarios'
 * aliases and measured once as it came: 164 read as intended (90.6 %), no false agreement or
 * offer, no trade the wrong way round (its 17 misses are now in view, so the next measurement
 * needs a fifth); and {@code examples.jsonl}, the phrasings this package was built with.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/talk/corpus.jsonl");
    private static final Path HELDOUT = Path.of("src/test/resources/talk/heldout.jsonl");
    private static final Path FINAL = Path.of("src/test/resources/talk/final.jsonl");
    private static final Path UNSEEN = Path.of("src/test/resources/talk/unseen.jsonl");
    private static final Path EXAMPLES = Path.of("src/test/resources/talk/examples.jsonl");

    @Test
    void theIndependentCorpusIsUnderstoodWithoutFalseAgreements() {
        assumeTrue(
                Files.isRegularFile(CORPUS),
                "no talk corpus at " + CORPUS.toAbsolutePath()
                        + " yet: it is written separately and merged in; until then this test is skipped");
        assertUnderstood(CORPUS, 0.98); // 201 of 203 (99.0 %)
    }

    /**
     * A second corpus, written by another hand after the rules were fitted to the first. The
     * recogniser was improved while its misses were in view, so it is no longer unseen. The
     * threshold is the figure measured last, rounded down, so it catches a step back.
     */
    @Test
    void theSecondCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(HELDOUT), "no second corpus at " + HELDOUT.toAbsolutePath());
        // 159 of 166 (95.8 %); 113 (68 %) before its misses were first seen, 155 (93.4 %) after
        assertUnderstood(HELDOUT, 0.95);
    }

    /**
     * A third corpus, written by a third hand and never shown to whoever wrote the rules until it
     * had been measured: 122 of 154 (79.2 %), and four messages read as an agreement or offer
     * they did not make (a position question as a trade, "we're turning that deal down" as a
     * yes, a threat as a trade, a bare "k" as a yes). Its misses were then studied and their
     * general causes fixed (negations and refusals, reported speech, questions, threats' shapes,
     * acknowledgements, paraphrases, text-speak), so it is seen now: 154 of 154 and none false.
     * The threshold is that figure, rounded down; it measures no longer how well unseen English
     * is read ({@code unseen.jsonl} below does).
     */
    @Test
    void theThirdCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(FINAL), "no third corpus at " + FINAL.toAbsolutePath());
        assertUnderstood(FINAL, 0.99);
    }

    /**
     * The target, on a fourth corpus written by yet another hand in the same format and never
     * shown to whoever wrote the rules: 90 % read as meant, no agreement or offer read into a
     * message that made none, no trade read the wrong way round. It is dropped in as {@code
     * unseen.jsonl}; until then this test is skipped. Once its misses have been looked at, it is
     * seen too: rename it and make this threshold a ratchet, as for the corpora above.
     */
    @Test
    void anUnseenCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(
                Files.isRegularFile(UNSEEN),
                "no unseen corpus at " + UNSEEN.toAbsolutePath()
                        + " yet: it is written separately and dropped in; until then this test is skipped");
        assertUnderstood(UNSEEN, 0.90); // 164 of 181 (90.6 %) when first measured
    }

    @Test
    void theBuildersExamplesAreUnderstood() {
        assertUnderstood(EXAMPLES, 0.95);
    }

    private static void assertUnderstood(Path file, double share) {
        CorpusCheck.Result r = CorpusCheck.check(CorpusCheck.read(file));
        System.out.print(file.getFileName() + ": " + r.report());
        System.out.println(
                "  false agreements or offers: " + r.falseAgreements().size() + ", wrong-way trades: "
                        + r.wrongTrades().size());
        assertThat(r.total()).as("lines in " + file).isPositive();
        assertThat(r.falseAgreements())
                .as("agreements or offers read into messages that made none")
                .isEmpty();
        assertThat(r.wrongTrades()).as("trades read the wrong way round").isEmpty();
        assertThat(r.accuracy()).as(r.report()).isGreaterThanOrEqualTo(share);
    }
}
