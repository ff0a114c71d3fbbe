package org.summitsim.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the compiled classes. The rules of the game (the match,
 * its scoring, what each seat sees, and the reading of players' words) are a deterministic
 * state machine: commands in, events out, with no clock, no threads, no files or network, and
 * no randomness but the match's seeded one. Bots, headless matches and the analysis sit above
 * them and are never used by them.
 */
class ArchitectureTest {

    private static final String[] FUNCTIONAL_CORE = {
        "org.summitsim.core.rules..", "org.summitsim.core.scoring..", "org.summitsim.core.view..",
        "org.summitsim.core.talk.."};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.summitsim.core");
    }

    @Test
    void theFunctionalCoreReadsNoClockAndStartsNoThreads() {
        noClasses().that().resideInAnyPackage(FUNCTIONAL_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.time..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.Executor.class)
                .because("a match must play the same from its journal at any time and in any order of threads")
                .check(core);
    }

    @Test
    void theFunctionalCoreDoesNoInputOrOutput() {
        noClasses().that().resideInAnyPackage(FUNCTIONAL_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("reading and writing journals, files and sockets is the shell's job (server, client)")
                .check(core);
    }

    @Test
    void theFunctionalCoreHasNoUnseededRandomness() {
        noClasses().that().resideInAnyPackage(FUNCTIONAL_CORE)
                .should().dependOnClassesThat().areAssignableTo(Random.class)
                .orShould().callMethod(Math.class, "random")
                .because("the same seed and moves must give the same match, byte for byte")
                .check(core);
    }

    @Test
    void theRulesNeverUseTheBotsHeadlessMatchesOrTheAnalysis() {
        noClasses().that().resideInAnyPackage("org.summitsim.core.rules..", "org.summitsim.core.scoring..",
                        "org.summitsim.core.view..", "org.summitsim.core.scenario..", "org.summitsim.core.json..")
                .should().dependOnClassesThat().resideInAnyPackage("org.summitsim.core.bots..",
                        "org.summitsim.core.headless..", "org.summitsim.core.analysis..")
                .because("bots play by the same rules as people: the rules cannot know them")
                .check(core);
    }
}
