package org.beamframe.plan;

import java.util.List;
import org.beamframe.csv.CsvSource;
import org.beamframe.types.FrameSchema;

/** What explain and visualize print of a plan, logical or physical: a node's text, its columns and its inputs. */
public interface PlanTree {
  /** A one-line description of what this node does. */
  String describe();

  FrameSchema schema();

  List<? extends PlanTree> children();

  /** The CSV sources this plan reads, in plan order. */
  default List<CsvSource> sources() {
    return children().stream().flatMap(child -> child.sources().stream()).toList();
  }
}
