package org.summitsim.tools.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
import org.summitsim.core.json.Json;
import org.summitsim.protocol.Wire;
import org.summitsim.server.SummitServer;
import org.summitsim.tools.ToolsMain;

/**
 * The tools' packages, and the line between the tools and what ships, checked on the compiled
 * classes. The tools may use core, the protocol, the server, the reports, the console and the
 * launcher; nothing of those (summit.jar) may use the tools or live in their package. load and
 * reliability are independent of each other, and only {@link ToolsMain}, at the top, puts them
 * together (docs/ARCHITECTURE.md).
 */
@org.summitsim.core.IntegrationTest
class ArchitectureTest {

    private static JavaClasses tools;
    private static JavaClasses shipped;

    /** Main classes only, read from where they were loaded (not the tests, which share their packages). */
    @BeforeAll
    static void importClasses() {
        tools = new ClassFileImporter().importUrl(location(ToolsMain.class));
        shipped = new ClassFileImporter()
                .importUrls(List.of(
                        location(Json.class),
                        location(Wire.class),
                        location(SummitServer.class),
                        location(Reports.class),
                        location(Launcher.class),
                        location(Main.class)));
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
                .check(tools);
    }

    @Test
    void noPackageAndItsSubpackagesDependOnThemselvesThroughOthers() {
        slices().matching("org.summitsim.tools.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package is read with its subpackages")
                .check(tools);
    }

    @Test
    void loadAndReliabilityAreIndependent() {
        noClasses()
                .that()
                .resideInAPackage("org.summitsim.tools.load..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.summitsim.tools.reliability..")
                .because("the load tools measure and the reliability tools break: either can change alone")
                .check(tools);
        noClasses()
                .that()
                .resideInAPackage("org.summitsim.tools.reliability..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.summitsim.tools.load..")
                .because("the load tools measure and the reliability tools break: either can change alone")
                .check(tools);
    }

    @Test
    void onlyTheEntryPointUsesTheTools() {
        noClasses()
                .that()
                .resideInAnyPackage("org.summitsim.tools.load..", "org.summitsim.tools.reliability..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.summitsim.tools")
                .because("ToolsMain, at the top, puts the tools together")
                .check(tools);
    }

    @Test
    void nothingThatShipsUsesTheTools() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.summitsim.tools..")
                .because("summit.jar (core, protocol, server, reports, console, app) ships without the test kit")
                .check(shipped);
    }

    @Test
    void nothingThatShipsLivesInTheToolsPackage() {
        noClasses()
                .should()
                .resideInAPackage("org.summitsim.tools..")
                .because("summit.jar (core, protocol, server, reports, console, app) ships without the test kit")
                .check(shipped);
    }
}
