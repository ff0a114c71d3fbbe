package org.summitsim.core.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The recogniser against collections of player messages with what each means. {@code corpus.jsonl}
 * is written independently of the recogniser (and may not be in a checkout yet: the test is then
 * skipped); {@code heldout.jsonl} by another hand, and only measured, never used to shape the rules;
 * {@code examples.jsonl} holds the phrasings this package was built with.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/talk/corpus.jsonl");
    private static final Path HELDOUT = Path.of("src/test/resources/talk/heldout.jsonl");
    private static final Path UNSEEN = Path.of("src/test/resources/talk/final.jsonl");
    private static final Path EXAMPLES = Path.of("src/test/resources/talk/examples.jsonl");

    @Test
    void theIndependentCorpusIsUnderstoodWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(CORPUS), "no talk corpus at " + CORPUS.toAbsolutePath()
                + " yet: it is written separately and merged in; until then this test is skipped");
        assertUnderstood(CORPUS, 0.90);
    }

    /**
     * A second corpus, written by another hand after the rules were fitted to the first. The
     * recogniser was then improved once more while its misses on this corpus were in view, so it
     * is no longer unseen: {@code final.jsonl} below is. The threshold is the figure measured then,
     * rounded down, so it catches a step back.
     */
    @Test
    void theSecondCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(HELDOUT), "no second corpus at " + HELDOUT.toAbsolutePath());
        assertUnderstood(HELDOUT, 0.93); // 155 of 166 (93.4 %); 113 (68 %) before its misses were seen
    }

    /**
     * A third corpus, written by a third hand and never shown to whoever wrote the rules: how well
     * the recogniser reads English it was not fitted to. The first run gave 122 of 154 (79.2 %)
     * and four messages read as an agreement or offer they did not make (a position question
     * as a trade, "we're turning that deal down" as a yes, a threat as a trade, a bare "k" as a
     * yes): known defects, so this test is a ratchet (no worse than that) until they are fixed,
     * not the target (90 % and none).
     */
    @Test
    void anUnseenCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(UNSEEN), "no unseen corpus at " + UNSEEN.toAbsolutePath());
        CorpusCheck.Result r = CorpusCheck.check(CorpusCheck.read(UNSEEN));
        System.out.print(UNSEEN.getFileName() + ": " + r.report());
        System.out.println("false agreements or offers: " + r.falseAgreements().size() + ", wrong-way trades: "
                + r.wrongTrades().size());
        assertThat(r.wrongTrades()).as("trades read the wrong way round").isEmpty();
        assertThat(r.falseAgreements()).as("agreements or offers read into messages that made none").hasSizeLessThanOrEqualTo(4);
        assertThat(r.accuracy()).as(r.report()).isGreaterThanOrEqualTo(0.79);
    }

    @Test
    void theBuildersExamplesAreUnderstood() {
        assertUnderstood(EXAMPLES, 0.95);
    }

    private static void assertUnderstood(Path file, double share) {
        CorpusCheck.Result r = CorpusCheck.check(CorpusCheck.read(file));
        System.out.print(file.getFileName() + ": " + r.report());
        assertThat(r.total()).as("lines in " + file).isPositive();
        assertThat(r.falseAgreements()).as("agreements or offers read into messages that made none").isEmpty();
        assertThat(r.wrongTrades()).as("trades read the wrong way round").isEmpty();
        assertThat(r.accuracy()).as(r.report()).isGreaterThanOrEqualTo(share);
    }
}
