package org.beamframe.transforms;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * What BeamFrame's transforms want to know of the run: how many workers will share a step. Splits
 * and partial groups are spread over a few shuffle keys per worker, not one key per element: every
 * key costs a runner work item (on the DirectRunner, ~10 ms each), and a few per worker balance
 * the load as well.
 *
 * <p>The options are registered with Beam ({@link BeamFrameOptionsRegistrar}), so
 * {@code --workerParallelism=8 --partialGroupsBudget=100000} work in any
 * {@code PipelineOptionsFactory.fromArgs(args)}; in code:
 *
 * <pre>{@code
 * PipelineOptions options = PipelineOptionsFactory.create();
 * options.as(BeamFrameOptions.class).setWorkerParallelism(8);
 * }</pre>
 */
public interface BeamFrameOptions extends PipelineOptions {
  /**
   * Workers that share a step: a Flink job's parallelism; 0 (the default) means the processors of
   * this machine, right for the DirectRunner.
   *
   * @return the number of workers, or 0
   */
  @Description("Workers that share a step (a Flink job's parallelism); 0: the processors of this machine.")
  @Default.Integer(0)
  int getWorkerParallelism();

  /**
   * Sets the number of workers that share a step ({@code --workerParallelism}).
   *
   * @param workers the number of workers, or 0 for the processors of this machine
   */
  void setWorkerParallelism(int workers);

  /**
   * Partial groups one worker holds before it hands them on early, to the shuffle or as a sorted run
   * file (default {@link #DEFAULT_PARTIAL_GROUPS_BUDGET}). It bounds a worker's memory for any
   * number of groups; a larger budget means fewer, larger hand-offs.
   *
   * @return the budget in groups
   */
  @Description("Partial groups one worker holds before it hands them on early (to the shuffle, or as a sorted run "
      + "for a file); bounds its memory for any number of groups (each partial group takes a few hundred bytes).")
  @Default.Long(DEFAULT_PARTIAL_GROUPS_BUDGET)
  long getPartialGroupsBudget();

  /**
   * Sets how many partial groups one worker holds before handing them on ({@code --partialGroupsBudget}).
   *
   * @param groups the budget in groups; a value below 1 fails when a transform reads it
   */
  void setPartialGroupsBudget(long groups);

  /**
   * 250,000 partial groups: some tens of MiB a worker (a group of a size or a sum takes ~200-300
   * bytes); the course's ~30,000 county-years never flush. Above compute()'s default limit of
   * 100,000 rows, so a worker's table shows a result too large to return as soon as it is.
   */
  long DEFAULT_PARTIAL_GROUPS_BUDGET = 250_000;

  /**
   * The budget of partial groups per worker for the run {@code options} describe.
   *
   * @param options the run's options (BeamFrame's are read through {@code as(BeamFrameOptions.class)})
   * @return the budget in groups
   * @throws IllegalArgumentException if {@code --partialGroupsBudget} is less than 1
   */
  static long partialGroupsBudget(PipelineOptions options) {
    long budget = options.as(BeamFrameOptions.class).getPartialGroupsBudget();
    if (budget < 1) {
      throw new IllegalArgumentException("--partialGroupsBudget must be at least 1, got " + budget);
    }
    return budget;
  }

  /** Aggregations a partial group may hold and still count as one group of the budget. */
  int AGGREGATIONS_PER_BUDGETED_GROUP = 16;

  /**
   * The budget of partial groups per worker for groups of {@code aggregations} aggregations: the
   * budget as given for up to {@link #AGGREGATIONS_PER_BUDGETED_GROUP}, proportionally fewer groups
   * for more (a pivot table's group holds an aggregation per value), so the budget bounds a worker's
   * memory whatever the aggregations' number.
   *
   * @param options the run's options
   * @param aggregations the aggregations each partial group holds
   * @return the budget in groups, at least 1
   * @throws IllegalArgumentException if {@code --partialGroupsBudget} is less than 1
   */
  static long partialGroupsBudget(PipelineOptions options, int aggregations) {
    long budget = partialGroupsBudget(options);
    return aggregations <= AGGREGATIONS_PER_BUDGETED_GROUP ? budget
        : Math.max(1, budget * AGGREGATIONS_PER_BUDGETED_GROUP / aggregations);
  }

  /** Shuffle keys per worker. */
  int KEYS_PER_WORKER = 2;

  /**
   * How many shuffle keys to spread work over, for the run {@code options} describe:
   * {@link #KEYS_PER_WORKER} times the workers (the processors of this machine when
   * {@code --workerParallelism} is 0).
   *
   * @param options the run's options
   * @return the number of shuffle keys, at least {@link #KEYS_PER_WORKER}
   */
  static int shuffleKeys(PipelineOptions options) {
    int workers = options.as(BeamFrameOptions.class).getWorkerParallelism();
    return KEYS_PER_WORKER * (workers > 0 ? workers : Runtime.getRuntime().availableProcessors());
  }
}
