package org.beamframe.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.beamframe.exec.Executor;
import org.junit.jupiter.api.Test;

class SessionTest {
  @Test
  void theDefaultSessionIsTheDirectRunnerOnAllCoresWithoutChecks() {
    DirectOptions options = Session.direct().pipelineOptions().as(DirectOptions.class);
    assertEquals(DirectRunner.class, options.getRunner());
    assertEquals(Runtime.getRuntime().availableProcessors(), options.getTargetParallelism());
    assertFalse(options.isEnforceImmutability());
    assertFalse(options.isEnforceEncodability());
  }

  @Test
  void settingsAndBeamFlagsReachTheOptions() {
    Session session = new Session(Runners.named("direct"),
        new SessionSettings(3, true, List.of("--jobName=county-year")), Path.of("/tmp"));
    DirectOptions options = session.pipelineOptions().as(DirectOptions.class);
    assertEquals(3, options.getTargetParallelism());
    assertTrue(options.isEnforceImmutability());
    assertEquals("county-year", options.getJobName());
  }

  @Test
  void startedSessionIsCurrentUntilClosed() {
    Executor before = Executor.current();
    try (Session session = Session.start(Session.direct())) {
      assertSame(session, Executor.current());
    }
    assertSame(before, Executor.current());
  }

  @Test
  void anUnknownRunnerListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Runners.named("spark"));
    assertEquals("unknown runner \"spark\"; known runners are [direct, flink-local, flink]", e.getMessage());
  }
}
