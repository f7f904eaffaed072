package org.beamframe.plan;

import java.util.List;
import org.beamframe.csv.CsvSource;
import org.beamframe.types.FrameSchema;

/** What explain and visualize print of a plan, logical or physical: a node's text, its columns and its inputs. */
public interface PlanTree {
  /**
   * A one-line description of what this node does.
   *
   * @return the text explain and visualize show for this node
   */
  String describe();

  /**
   * The columns and dtypes of this node's output rows.
   *
   * @return the output schema
   */
  FrameSchema schema();

  /**
   * This node's inputs, whose rows it consumes.
   *
   * @return the inputs in order; empty for a leaf
   */
  List<? extends PlanTree> children();

  /**
   * The CSV sources this plan reads, in plan order.
   *
   * @return the sources of every read in this tree; empty when it reads no CSV
   */
  default List<CsvSource> sources() {
    return children().stream().flatMap(child -> child.sources().stream()).toList();
  }
}
