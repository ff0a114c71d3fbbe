package org.summitsim.protocol.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.Wire;

/**
 * The protocol's rules, checked on the compiled classes. It is what the server, the client, the
 * reports, headless matches and the tools share (the wire messages and the journal format), so
 * it uses core and Jackson only: no transport, and nothing of the programs that use it. The
 * journal format (journal) needs none of the messages; no package depends on itself through
 * others (docs/ARCHITECTURE.md).
 */
@org.junit.jupiter.api.Tag("integration") // as core's @IntegrationTest: a guardrail, run by verify
class ArchitectureTest {

    private static JavaClasses protocol;

    /** The protocol's main classes, read from where they were loaded (not the tests, which share their packages). */
    @BeforeAll
    static void importProtocol() {
        protocol = new ClassFileImporter()
                .importUrl(Wire.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.summitsim.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs what needs it cannot be understood, tested or changed alone")
                .check(protocol);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.protocol.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package is read with its subpackages")
                .check(protocol);
    }

    @Test
    void theJournalFormatNeedsNoMessages() {
        noClasses()
                .that()
                .resideInAPackage("org.summitsim.protocol.journal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.summitsim.protocol")
                .because("a journal holds the match's events and the room's records, not what went over the "
                        + "wire: reports and headless matches read and write it without the messages")
                .check(protocol);
    }

    @Test
    void theProtocolKnowsNoTransport() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.netty..")
                .because("messages are JSON lines and frames whatever carries them; decoding from Netty's "
                        + "buffers is the server's transport's job")
                .check(protocol);
    }

    @Test
    void theProtocolUsesNoneOfThePrograms() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.summitsim.server..",
                        "org.summitsim.client..",
                        "org.summitsim.tools..",
                        "org.summitsim.bench..")
                .because("the server, the client, the reports and the tools all use the protocol: a reader of "
                        + "journals or a bot must not need a server to speak it")
                .check(protocol);
    }
}
