package id.rekap.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.rekap.testsupport.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md over every module's main classes: the shared ones
 * written once in test-support ({@link ArchitectureRules}: desktop-app → tally-core → signing; no
 * user interface in the core; the database only in the store; every core feature package on ports;
 * BouncyCastle only in signing; PDFBox, POI and ZXing only in forms and signing; no cycles; no
 * console output outside the app), then the desktop app's own (view models free of scene-graph
 * types and of their views, screens independent, the command line without the GUI).
 */
class ArchitectureTest {
  private static JavaClasses rekap;

  @BeforeAll
  static void importClasses() {
    rekap = ArchitectureRules.mainClasses("id.rekap");
  }

  @Test
  void signingDependsOnNothingOfRekap() {
    ArchitectureRules.signingSeesNoDomain().check(rekap);
  }

  @Test
  void coreNeverSeesTheApp() {
    ArchitectureRules.theCoreHasNoUserInterface().check(rekap);
  }

  @Test
  void onlyTheStoreTouchesJooq() {
    ArchitectureRules.onlyTheStoreTouchesTheDatabase().check(rekap);
  }

  @Test
  void onlyTheCompositionRootReachesTheStore() {
    ArchitectureRules.onlyTheCompositionRootReachesTheStore().check(rekap);
  }

  @Test
  void everyCoreFeaturePackageSeesOnlyPorts() {
    ArchitectureRules.featuresSeeOnlyPorts().check(rekap);
  }

  @Test
  void coreFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.coreFeaturesAreFreeOfCycles().check(rekap);
  }

  @Test
  void onlySigningTouchesBouncyCastle() {
    ArchitectureRules.onlySigningTouchesBouncyCastle().check(rekap);
  }

  @Test
  void onlyFormsAndSigningTouchPdfBoxPoiAndZxing() {
    ArchitectureRules.onlyFormsAndSigningTouchTheDocumentLibraries().check(rekap);
    ArchitectureRules.theCoreNeverSeesTheForms().check(rekap);
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
    ArchitectureRules.noConsoleOutputOutsideTheApp().check(rekap);
  }
}
