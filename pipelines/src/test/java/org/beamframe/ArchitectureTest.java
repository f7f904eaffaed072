package org.beamframe;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.beamframe.plan.PlanNode;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "How it is built" true: plain-Java plans and expressions, transforms without
 * the facade, no runners in pipelines, execution and lowering that see only physical plans, and no
 * package cycles.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.beamframe");

  @Test
  void planExpressionTypeCsvRowAndAggregationPackagesArePlainJava() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe.plan..", "org.beamframe.optimizer..", "org.beamframe.physical..", "org.beamframe.expr..",
            "org.beamframe.types..", "org.beamframe.agg..", "org.beamframe.csv..", "org.beamframe.rows..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam..")
        .check(CLASSES);
  }

  @Test
  void transformsKnowNothingOfTheFacade() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe.transforms..", "org.beamframe.expr..", "org.beamframe.types..", "org.beamframe.agg..",
            "org.beamframe.csv..", "org.beamframe.rows..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.beamframe", "org.beamframe.plan..", "org.beamframe.optimizer..", "org.beamframe.physical..",
            "org.beamframe.lowering..", "org.beamframe.exec..", "org.beamframe.examples..")
        .check(CLASSES);
  }

  @Test
  void pipelinesNameNoRunner() {
    noClasses().that().resideInAnyPackage(
            "org.beamframe", "org.beamframe.plan..", "org.beamframe.optimizer..", "org.beamframe.physical..",
            "org.beamframe.lowering..", "org.beamframe.exec..", "org.beamframe.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam.runners..", "org.beamframe.runners..")
        .check(CLASSES);
  }

  /**
   * Beam is met in lowering and execution; the facade names only what a Beam user hands it or gets
   * back (PCollection, Row, Pipeline, a PTransform and its function), the examples nothing of Beam.
   */
  @Test
  void onlyLoweringAndExecutionMeetBeamInThePipelinesModule() {
    noClasses().that().resideInAPackage("org.beamframe.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.beam..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.beamframe")
        .should().dependOnClassesThat(resideInAPackage("org.apache.beam..").and(describe("are not the facade's Beam edge",
            (JavaClass type) -> !BEAM_EDGE.contains(type.getName()))))
        .check(CLASSES);
  }

  private static final java.util.Set<String> BEAM_EDGE = java.util.Set.of("org.apache.beam.sdk.values.PCollection",
      "org.apache.beam.sdk.values.Row", "org.apache.beam.sdk.values.PInput", "org.apache.beam.sdk.values.POutput",
      "org.apache.beam.sdk.Pipeline", "org.apache.beam.sdk.transforms.PTransform",
      "org.apache.beam.sdk.transforms.SerializableFunction");

  @Test
  void theFacadeHoldsPlansAndLeavesHowTheyRunToTheOptimizer() {
    noClasses().that().resideInAPackage("org.beamframe")
        .should().dependOnClassesThat().resideInAnyPackage("org.beamframe.physical..", "org.beamframe.lowering..",
            "org.beamframe.transforms..")
        .check(CLASSES);
  }

  @Test
  void executionAndLoweringSeeOnlyPhysicalPlans() {
    noClasses().that().resideInAnyPackage("org.beamframe.exec..", "org.beamframe.lowering..")
        .should().dependOnClassesThat(describe("are logical plan nodes",
            (JavaClass type) -> type.isAssignableTo(PlanNode.class)))
        .check(CLASSES);
  }

  /**
   * No package cycles. The expression family ({@code expr} and its {@code num}, {@code str},
   * {@code datetime}, {@code logic}, {@code text} packages) is one unit: {@code Expr}'s fluent methods
   * build the family's nodes, which are {@code Expr}s.
   */
  @Test
  void packagesFormNoCycles() {
    slices().matching("org.beamframe.(**)")
        .should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.beamframe.expr.."), resideInAPackage("org.beamframe.expr.."))
        .check(CLASSES);
  }
}
