package id.rekap.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, executable: desktop-app → tally-core → signing; no
 * JavaFX in the core; jOOQ only in the store; BouncyCastle only in signing; feature packages free
 * of cycles and of the store; view models free of scene-graph types.
 */
class ArchitectureTest {
  private static JavaClasses rekap;

  @BeforeAll
  static void importClasses() {
    rekap =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // tally-core's test-jar (shared fixtures) is on this module's class path too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("id.rekap");
  }

  @Test
  void signingDependsOnNothingOfRekap() {
    noClasses()
        .that()
        .resideInAPackage("id.rekap.signing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.core..", "id.rekap.app..")
        .check(rekap);
  }

  @Test
  void coreNeverSeesTheApp() {
    noClasses()
        .that()
        .resideInAPackage("id.rekap.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.app..", "javafx..", "picocli..")
        .check(rekap);
  }

  @Test
  void onlyTheStoreTouchesJooq() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "id.rekap.core.store.generated..", "org.h2..", "org.flywaydb..")
        .check(rekap);
  }

  @Test
  void onlySigningTouchesBouncyCastle() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.signing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .allowEmptyShould(true)
        .check(rekap);
  }

  @Test
  void viewModelsHaveNoSceneGraph() {
    classes()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("javafx.scene..")
        .check(rekap);
  }

  @Test
  void viewModelsNeverKnowTheirViews() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("View")
        .check(rekap);
  }

  @Test
  void theGuiUsesTheUseCasesNotTheStore() {
    noClasses()
        .that()
        .resideInAPackage("id.rekap.app.gui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.core.store..", "id.rekap.app.cli..", "picocli..")
        .check(rekap);
  }

  @Test
  void theCommandLineNeverTouchesTheGui() {
    // the entry point hands it the desktop app (DesktopApp), so every command but `gui` runs on a
    // machine without a display or JavaFX
    noClasses()
        .that()
        .resideInAPackage("id.rekap.app.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.app.gui..", "javafx..", "atlantafx..")
        .check(rekap);
  }

  @Test
  void screensDoNotDependOnEachOther() {
    // each screen talks to the others only through the Navigator of the composition root
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("id.rekap.app.gui.(*)..")
        .should()
        .notDependOnEachOther()
        .check(rekap);
  }

  @Test
  void noConsoleOutputOutsideTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.app..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(rekap);
  }
}
