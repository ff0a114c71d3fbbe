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
    private static final Path EXAMPLES = Path.of("src/test/resources/talk/examples.jsonl");

    @Test
    void theIndependentCorpusIsUnderstoodWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(CORPUS), "no talk corpus at " + CORPUS.toAbsolutePath()
                + " yet: it is written separately and merged in; until then this test is skipped");
        assertUnderstood(CORPUS, 0.90);
    }

    /**
     * A second corpus, written by another hand and never used to shape the rules: how well the
     * recogniser reads English it was not fitted to. The threshold is the figure measured when it
     * was last changed, rounded down, so it catches a step back without hiding how far it is from
     * the first corpus's figure.
     */
    @Test
    void theHeldOutCorpusIsReadWithoutFalseAgreements() {
        assumeTrue(Files.isRegularFile(HELDOUT), "no held-out corpus at " + HELDOUT.toAbsolutePath());
        assertUnderstood(HELDOUT, 0.93); // 155 of 166 (93.4 %) when last measured; 113 (68 %) before it was used
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
