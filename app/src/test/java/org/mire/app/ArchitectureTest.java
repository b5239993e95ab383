package org.mire.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.StandardCopyOption;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mire.io.AtomicFiles;

/**
 * The rules of docs/architecture.md ("Rules the build enforces"), one test each: core knows no JavaFX and no view,
 * views know no application, only the command line prints, controllers reach the UI thread only through the task
 * executor, commands call core services rather than the window's controllers, and files are written atomically in
 * one place.
 */
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
                .because("core is the library both doors share; the graph-view logic lives in org.mire.graph.view")
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

    @Test
    void controllersReachTheUiThreadOnlyThroughTheTaskExecutor() {
        noClasses().that().resideInAPackage("org.mire.app..")
                .and().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Interactor")
                .or().haveSimpleNameEndingWith("Model")
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("progress and intermediate results go through TaskExecutor (submit with a "
                        + "ProgressListener, feed), so DirectTaskExecutor can drive a controller in a test")
                .check(classes);
    }

    @Test
    void commandsCallCoreServicesNotTheWindowsControllers() {
        noClasses().that().resideInAPackage("org.mire.cli..")
                .should().dependOnClassesThat(resideInAPackage("org.mire.app..")
                        .and(simpleNameEndingWith("Controller").or(simpleNameEndingWith("Interactor"))))
                .because("a user job has one implementation, a core service that both doors call")
                .check(classes);
    }

    @Test
    void filesAreWrittenAtomicallyInOnePlace() {
        noClasses().that().doNotHaveFullyQualifiedName(AtomicFiles.class.getName())
                .should().accessField(StandardCopyOption.class, "ATOMIC_MOVE")
                .because("write-then-rename is AtomicFiles' job")
                .check(classes);
    }
}
