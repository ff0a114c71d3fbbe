package org.summitsim.client.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.client.cli.Main;
import org.summitsim.client.console.Launcher;
import org.summitsim.client.report.Reports;

/**
 * The packages of the reports, the console and the launcher (the modules summit.jar is assembled
 * from above the server), checked together on the compiled classes: none depends on itself
 * through others, subpackages included (console.state below console.render and console.command,
 * below console; report.journal below the other report packages, below report). cli, at the
 * top, assembles the rest (docs/ARCHITECTURE.md). That the reports use neither the console nor
 * the launcher, and the console not the launcher, the modules' dependencies already ensure.
 */
@org.summitsim.core.IntegrationTest
class ArchitectureTest {

    private static JavaClasses client;

    /** The three modules' main classes, read from where they were loaded (not the tests, which share their packages). */
    @BeforeAll
    static void importClient() {
        client = new ClassFileImporter()
                .importUrls(List.of(location(Reports.class), location(Launcher.class), location(Main.class)));
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.summitsim.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs what needs it cannot be understood, tested or changed alone")
                .check(client);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.client.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package is read with its subpackages")
                .check(client);
    }
}
