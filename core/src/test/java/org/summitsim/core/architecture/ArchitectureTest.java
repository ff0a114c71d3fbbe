package org.summitsim.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.core.match.Match;

/**
 * The architecture's rules, checked on the compiled classes. The rules of the game (the match,
 * its scoring, what each seat sees, and the reading of players' words) are a deterministic
 * state machine: commands in, events out, with no clock, no threads, no files or network, and
 * no randomness but the match's seeded one. Bots, headless matches and the analysis sit above
 * them and are never used by them. No package depends on itself through others: from the bottom,
 * json, scenario, rules, scoring, view, talk, match, then lint, bots, headless and analysis
 * (docs/ARCHITECTURE.md).
 */
@org.summitsim.core.IntegrationTest
class ArchitectureTest {

    private static final String[] FUNCTIONAL_CORE = {
        "org.summitsim.core.rules..",
        "org.summitsim.core.scoring..",
        "org.summitsim.core.view..",
        "org.summitsim.core.talk..",
        "org.summitsim.core.match.."
    };

    private static JavaClasses core;

    /**
     * Core's main classes, read from where they were loaded: the test classes share their packages
     * (a test of the rules may use a match), and ArchUnit tells them apart only by a folder named
     * target/test-classes, which a build with -Dsummit.build=... does not have.
     */
    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .importUrl(Match.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.summitsim.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs what needs it cannot be understood, tested or changed alone")
                .check(core);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.core.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package is read with its subpackages (scenario with its model and reader, say)")
                .check(core);
    }

    @Test
    void theRulesKnowNothingOfScoringViewsOrTheMatch() {
        noClasses()
                .that()
                .resideInAPackage("org.summitsim.core.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.summitsim.core.scoring..",
                        "org.summitsim.core.view..",
                        "org.summitsim.core.talk..",
                        "org.summitsim.core.match..",
                        "org.summitsim.core.lint..")
                .because("scores and views are worked out from the rules' state; the rules get the end-of-match "
                        + "scoring as a Settlement and never see who looks at them")
                .check(core);
    }

    @Test
    void theFunctionalCoreReadsNoClockAndStartsNoThreads() {
        noClasses()
                .that()
                .resideInAnyPackage(FUNCTIONAL_CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.time..")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Thread.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(java.util.concurrent.Executor.class)
                .because("a match must play the same from its journal at any time and in any order of threads")
                .check(core);
    }

    @Test
    void theFunctionalCoreDoesNoInputOrOutput() {
        noClasses()
                .that()
                .resideInAnyPackage(FUNCTIONAL_CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("reading and writing journals, files and sockets is the shell's job (server, client)")
                .check(core);
    }

    @Test
    void theFunctionalCoreHasNoUnseededRandomness() {
        noClasses()
                .that()
                .resideInAnyPackage(FUNCTIONAL_CORE)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Random.class)
                .orShould()
                .callMethod(Math.class, "random")
                .because("the same seed and moves must give the same match, byte for byte")
                .check(core);
    }

    @Test
    void theRulesNeverUseTheBotsHeadlessMatchesOrTheAnalysis() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.summitsim.core.rules..",
                        "org.summitsim.core.scoring..",
                        "org.summitsim.core.view..",
                        "org.summitsim.core.scenario..",
                        "org.summitsim.core.json..",
                        "org.summitsim.core.match..",
                        "org.summitsim.core.lint..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.summitsim.core.bots..", "org.summitsim.core.headless..", "org.summitsim.core.analysis..")
                .because("bots play by the same rules as people: the rules cannot know them")
                .check(core);
    }
}
