package id.rekap.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of engineering.md §2, executable. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.rekap.core");

  @Test
  void onlyTheStoreTouchesJooqAndTheGeneratedClasses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.rekap.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "id.rekap.core.store.generated..")
        .check(CORE);
  }

  @Test
  void theDomainAndUseCasesDoNotDependOnTheStoreOrTheCompositionRoot() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "id.rekap.core.common..",
            "id.rekap.core.region..",
            "id.rekap.core.election..",
            "id.rekap.core.result..",
            "id.rekap.core.intake..",
            "id.rekap.core.recap..",
            "id.rekap.core.audit..",
            "id.rekap.core.setup..",
            "id.rekap.core.check..",
            "id.rekap.core.user..",
            "id.rekap.core.entry..",
            "id.rekap.core.revote..",
            "id.rekap.core.adoption..",
            "id.rekap.core.plenary..",
            "id.rekap.core.keys..",
            "id.rekap.core.trust..",
            "id.rekap.core.exchange..",
            "id.rekap.core.status..",
            "id.rekap.core.report..",
            "id.rekap.core.verify..",
            "id.rekap.core.sync..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.rekap.core.store..",
            "id.rekap.core.workspace..",
            "id.rekap.core.demo..",
            "org.h2..",
            "org.flywaydb..",
            "java.sql..")
        .check(CORE);
  }

  @Test
  void noUiAndNoBouncyCastleInTheCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.bouncycastle..", "id.rekap.app..")
        .check(CORE);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("id.rekap.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
