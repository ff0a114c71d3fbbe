package org.summitsim.server.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.server.SummitServer;

/**
 * The server's packages, checked on the compiled classes: none depends on itself through
 * others. journal, scenario and web use no other package of the server; protocol (the Netty
 * decoder, scenario summaries) uses scenario; room uses journal and scenario; transport uses
 * protocol and web; session uses the rest, and the server itself puts them together. The
 * messages and the journal format are the protocol module's (docs/ARCHITECTURE.md).
 */
@org.summitsim.core.IntegrationTest
class ArchitectureTest {

    private static JavaClasses server;

    /** The server's main classes, read from where they were loaded (not the tests, which share their packages). */
    @BeforeAll
    static void importServer() {
        server = new ClassFileImporter()
                .importUrl(
                        SummitServer.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.summitsim.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs what needs it cannot be understood, tested or changed alone")
                .check(server);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.server.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package is read with its subpackages")
                .check(server);
    }
}
