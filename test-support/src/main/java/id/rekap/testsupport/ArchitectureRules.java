package id.rekap.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/architecture.md, written once for every module's ArchitectureTest.
 * Rules about the core's feature packages are written by exclusion (every package of the core
 * except the few named ones), so a new feature package is covered the day it is added, without
 * anyone remembering to list it.
 */
public final class ArchitectureRules {
  /** The packages of tally-core that may see the store: the store and the composition roots. */
  private static final String[] STORE_AND_ROOTS = {
    "id.rekap.core.store..", "id.rekap.core.workspace..", "id.rekap.core.demo.."
  };

  private ArchitectureRules() {}

  /**
   * The main classes (no tests, no test-jar, not this module) under {@code packages}, from the
   * class path of the module whose test calls this.
   */
  public static JavaClasses mainClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // tally-core's test-jar (shared fixtures) and this module are on test class paths too
        .withImportOption(location -> !location.contains("-tests.jar"))
        .withImportOption(location -> !location.contains("test-support"))
        .importPackages(packages);
  }

  /** jOOQ, its generated classes, H2 and Flyway only in the store. */
  public static ArchRule onlyTheStoreTouchesTheDatabase() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "id.rekap.core.store.generated..", "org.h2..", "org.flywaydb..");
  }

  /**
   * Every package of the core but the store and the composition roots (so every feature package,
   * present and future) sees neither the store, nor the roots, nor JDBC: they talk to ports.
   */
  public static ArchRule featuresSeeOnlyPorts() {
    return noClasses()
        .that()
        .resideInAPackage("id.rekap.core..")
        .and()
        .resideOutsideOfPackages(STORE_AND_ROOTS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.rekap.core.store..",
            "id.rekap.core.workspace..",
            "id.rekap.core.demo..",
            "org.h2..",
            "org.flywaydb..",
            "java.sql..");
  }

  /** The core knows no user interface: no JavaFX, no picocli, nothing of the desktop app. */
  public static ArchRule theCoreHasNoUserInterface() {
    return noClasses()
        .that()
        .resideInAPackage("id.rekap.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.app..", "javafx..", "atlantafx..", "picocli..");
  }

  /**
   * PDFBox, POI and ZXing only in the forms module (drawing forms, templates, verifying a signed
   * form, preview and printing) and in signing (which signs and checks PDF and XLSX files): the
   * core has forms drawn and templates read through its ports (ADR 0043).
   */
  public static ArchRule onlyFormsAndSigningTouchTheDocumentLibraries() {
    return noClasses()
        .that()
        .resideOutsideOfPackages("id.rekap.forms..", "id.rekap.signing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..", "com.google.zxing..")
        .allowEmptyShould(true);
  }

  /** The core never sees the forms module, which implements the core's ports (ADR 0043). */
  public static ArchRule theCoreNeverSeesTheForms() {
    return noClasses()
        .that()
        .resideInAPackage("id.rekap.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.rekap.forms..");
  }

  /** BouncyCastle only in the signing module. */
  public static ArchRule onlySigningTouchesBouncyCastle() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.signing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .allowEmptyShould(true);
  }

  /** The signing module holds no domain: it sees nothing of the core or the app. */
  public static ArchRule signingSeesNoDomain() {
    return noClasses()
        .that()
        .resideInAPackage("id.rekap.signing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.rekap.core..", "id.rekap.app..")
        .allowEmptyShould(true);
  }

  /** The core's feature packages depend on each other without a cycle. */
  public static ArchRule coreFeaturesAreFreeOfCycles() {
    return slices().matching("id.rekap.core.(*)..").should().beFreeOfCycles();
  }

  /** Nothing but the desktop app (whose command line owns the terminal) prints to the console. */
  public static ArchRule noConsoleOutputOutsideTheApp() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.app..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err");
  }

  /**
   * Only the store and the composition root (the workspace package) reach the store itself, {@code
   * Database}: the command line, the GUI, the demo data and every feature go through the use cases
   * the workspace hands out (ADR 0044), so no caller can write around a use case and its audit
   * event.
   */
  public static ArchRule onlyTheCompositionRootReachesTheStore() {
    return noClasses()
        .that()
        .resideOutsideOfPackages("id.rekap.core.store..", "id.rekap.core.workspace..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("id.rekap.core.store.Database");
  }
}
