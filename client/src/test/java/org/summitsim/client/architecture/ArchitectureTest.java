package org.summitsim.client.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.client.cli.Main;

/**
 * The client's packages, checked on the compiled classes: none depends on itself through
 * others, subpackages included (console.state below console.render and console.command, below
 * console; report.journal below the other report packages, below report). cli, at the top,
 * assembles the rest (docs/ARCHITECTURE.md).
 */
@org.summitsim.core.IntegrationTest
class ArchitectureTest {

    private static JavaClasses client;

    /** The client's main classes, read from where they were loaded (not the tests, which share their packages). */
    @BeforeAll
    static void importClient() {
        client = new ClassFileImporter().importUrl(Main.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.summitsim.(**)").should().beFreeOfCycles()
                .because("a package that needs what needs it cannot be understood, tested or changed alone")
                .check(client);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.client.(*)..").should().beFreeOfCycles()
                .because("a package is read with its subpackages")
                .check(client);
    }
}
