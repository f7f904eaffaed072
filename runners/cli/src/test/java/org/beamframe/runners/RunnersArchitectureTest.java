package org.beamframe.runners;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runners module's arrows: the command line builds frames through the facade as a Java user
 * would and never shapes a plan itself; runner profiles are found as services, so the session
 * code names none of them; no package cycles.
 */
class RunnersArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.beamframe.runners");

  @Test
  void theCommandLineTalksToTheFacadeOnly() {
    noClasses().that().resideInAPackage("org.beamframe.runners.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("org.beamframe.plan..", "org.beamframe.optimizer..",
            "org.beamframe.physical..", "org.beamframe.lowering..", "org.beamframe.transforms..",
            "org.apache.beam.sdk..")
        .check(CLASSES);
  }

  @Test
  void sessionsNameNoRunnerProfile() {
    noClasses().that().resideInAPackage("org.beamframe.runners")
        .should().dependOnClassesThat().resideInAnyPackage("org.beamframe.runners.flink..", "org.beamframe.runners.cli..")
        .check(CLASSES);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.beamframe.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
