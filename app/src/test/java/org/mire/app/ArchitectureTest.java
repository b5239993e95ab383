package org.mire.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of design.md: core knows no JavaFX, views know no application, only the CLI prints. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mire");
    }

    @Test
    void coreDoesNotUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.mire.viz..", "org.mire.app..", "org.mire.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void coreDoesNotUseViewsOrTheApplication() {
        noClasses().that().resideOutsideOfPackages("org.mire.viz..", "org.mire.app..", "org.mire.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mire.viz..", "org.mire.app..", "org.mire.cli..")
                .check(classes);
    }

    @Test
    void viewsDoNotUseTheApplication() {
        noClasses().that().resideInAPackage("org.mire.viz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mire.app..", "org.mire.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.mire.cli..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().accessField(System.class, "out")
                .check(classes);
    }
}
