package id.rekap.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.rekap.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md that tally-core can check on its own classes (the
 * rules themselves are written once, in test-support's {@link ArchitectureRules}; desktop-app
 * checks them again over every module).
 */
class ArchitectureTest {
  private static final JavaClasses CORE = ArchitectureRules.mainClasses("id.rekap.core");

  @Test
  void onlyTheStoreTouchesTheDatabase() {
    ArchitectureRules.onlyTheStoreTouchesTheDatabase().check(CORE);
  }

  @Test
  void onlyTheCompositionRootReachesTheStore() {
    ArchitectureRules.onlyTheCompositionRootReachesTheStore().check(CORE);
  }

  @Test
  void everyFeaturePackageSeesOnlyPorts() {
    ArchitectureRules.featuresSeeOnlyPorts().check(CORE);
  }

  @Test
  void noUiAndNoBouncyCastleInTheCore() {
    ArchitectureRules.theCoreHasNoUserInterface().check(CORE);
    ArchitectureRules.onlySigningTouchesBouncyCastle().check(CORE);
  }

  @Test
  void documentLibrariesOnlyBehindTheFormsPorts() {
    ArchitectureRules.onlyFormsAndSigningTouchTheDocumentLibraries().check(CORE);
    ArchitectureRules.theCoreNeverSeesTheForms().check(CORE);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    ArchitectureRules.coreFeaturesAreFreeOfCycles().check(CORE);
  }
}
