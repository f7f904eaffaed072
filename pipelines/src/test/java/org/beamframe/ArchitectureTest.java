package org.beamframe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md's arrows true: plain-Java plans and expressions, transforms without the facade, no runners in pipelines. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.beamframe");

  @Test
  void planExpressionTypeCsvRowAndAggregationPackagesArePlainJava() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe.plan..", "org.beamframe.optimizer..", "org.beamframe.expr..", "org.beamframe.types..",
            "org.beamframe.agg..", "org.beamframe.csv..", "org.beamframe.rows..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam..")
        .check(CLASSES);
  }

  @Test
  void transformsKnowNothingOfTheFacade() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe.transforms..", "org.beamframe.expr..", "org.beamframe.types..", "org.beamframe.agg..",
            "org.beamframe.csv..", "org.beamframe.rows..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.beamframe", "org.beamframe.plan..", "org.beamframe.lowering..", "org.beamframe.exec..",
            "org.beamframe.examples..")
        .check(CLASSES);
  }

  @Test
  void pipelinesNameNoRunner() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe", "org.beamframe.plan..", "org.beamframe.optimizer..", "org.beamframe.lowering..",
            "org.beamframe.exec..", "org.beamframe.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam.runners..", "org.beamframe.runners..")
        .check(CLASSES);
  }

  @Test
  void onlyLoweringAndExecutionMeetBeamInThePipelinesModule() {
    noClasses().that().resideInAnyPackage("org.beamframe", "org.beamframe.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam..")
        .check(CLASSES);
  }
}
