package org.beamframe.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * Which columns a merge matches and how it names its output, as pandas' {@code merge}: the left
 * columns, then the right's; a key pair of one name ({@code on=}) appears once, holding the left
 * value or, for a row only the right has, the right one; keys of two names ({@code left_on=},
 * {@code right_on=}) both stay. Any other name on both sides gets the suffixes. Which names those
 * are is fixed when the merge is written ({@link #of}), so the optimizer reading fewer columns of a
 * side never renames an output column.
 *
 * @param leftOn the left side's key columns
 * @param rightOn the right side's key columns, matched in order with {@code leftOn}
 * @param leftSuffix appended to a left column whose name the right side also has
 * @param rightSuffix appended to such a right column
 * @param suffixed the names on both sides (other than keys of one name), which get the suffixes
 */
public record JoinColumns(List<String> leftOn, List<String> rightOn, String leftSuffix, String rightSuffix,
    Set<String> suffixed) {
  /**
   * Copies the lists and checks their shape.
   *
   * @param leftOn the left keys, at least one
   * @param rightOn the right keys, as many as the left
   * @param leftSuffix the left suffix
   * @param rightSuffix the right suffix
   * @param suffixed the names that get the suffixes
   * @throws IllegalArgumentException if there is no key, the two lists differ in length, or the
   *     suffixes are equal (the names would clash)
   */
  public JoinColumns {
    leftOn = List.copyOf(leftOn);
    rightOn = List.copyOf(rightOn);
    suffixed = Set.copyOf(suffixed);
    Objects.requireNonNull(leftSuffix, "leftSuffix");
    Objects.requireNonNull(rightSuffix, "rightSuffix");
    if (leftOn.isEmpty()) {
      throw new IllegalArgumentException("merge needs at least one key column: on=... or left_on=/right_on=");
    }
    if (leftOn.size() != rightOn.size()) {
      throw new IllegalArgumentException("left_on " + leftOn + " and right_on " + rightOn
          + " must name as many columns, matched in order");
    }
    if (leftSuffix.equals(rightSuffix)) {
      throw new IllegalArgumentException("suffixes (\"" + leftSuffix + "\", \"" + rightSuffix + "\") are equal, so "
          + "a name on both sides would clash; pass two different suffixes, e.g. (\"_x\", \"_y\")");
    }
  }

  /**
   * The join columns of a merge of {@code left} and {@code right} as written: the names both sides
   * have (other than keys of one name) get the suffixes.
   *
   * @param leftOn the left keys
   * @param rightOn the right keys
   * @param leftSuffix the left suffix
   * @param rightSuffix the right suffix
   * @param left the left side's schema
   * @param right the right side's schema
   * @return the join columns
   * @throws IllegalArgumentException as the constructor
   */
  public static JoinColumns of(List<String> leftOn, List<String> rightOn, String leftSuffix, String rightSuffix,
      FrameSchema left, FrameSchema right) {
    JoinColumns unresolved = new JoinColumns(leftOn, rightOn, leftSuffix, rightSuffix, Set.of());
    Set<String> both = new HashSet<>(left.names());
    both.retainAll(unresolved.keptRight(right));
    return new JoinColumns(leftOn, rightOn, leftSuffix, rightSuffix, both);
  }

  /**
   * Checks the keys against both sides' schemas.
   *
   * @param left the left schema
   * @param right the right schema
   * @throws org.beamframe.types.ColumnNotFoundException if a key is missing
   * @throws IllegalArgumentException if a key pair has two dtypes, or a key is float64
   */
  public void check(FrameSchema left, FrameSchema right) {
    for (int i = 0; i < leftOn.size(); i++) {
      DType leftType = left.typeOf(leftOn.get(i));
      DType rightType = right.typeOf(rightOn.get(i));
      String name = leftOn.get(i).equals(rightOn.get(i)) ? leftOn.get(i) : leftOn.get(i) + "/" + rightOn.get(i);
      if (leftType != rightType) {
        throw new IllegalArgumentException("merge key " + name + " is " + leftType + " on the left but " + rightType
            + " on the right; convert one side (astype) first");
      }
      if (leftType == DType.FLOAT64) {
        throw new IllegalArgumentException("cannot merge on float64 key " + name + ": Beam's join needs keys whose "
            + "encoding is deterministic; convert both sides with astype('int64') or astype('object') first");
      }
    }
  }

  /**
   * Whether key pair {@code i} has one name, and so one output column.
   *
   * @param i the pair's index
   * @return true when {@code leftOn[i]} equals {@code rightOn[i]}
   */
  public boolean sharesName(int i) {
    return leftOn.get(i).equals(rightOn.get(i));
  }

  /**
   * The right side's columns the output keeps: all but the keys that share their left key's name.
   *
   * @param right the right schema
   * @return the kept columns' names, in the right side's order
   */
  public List<String> keptRight(FrameSchema right) {
    Set<String> dropped = new HashSet<>();
    for (int i = 0; i < leftOn.size(); i++) {
      if (sharesName(i)) {
        dropped.add(rightOn.get(i));
      }
    }
    return right.names().stream().filter(name -> !dropped.contains(name)).toList();
  }

  /**
   * The merge's output columns: the left's, then the kept right ones, suffixed where a name is on both.
   *
   * @param left the left schema
   * @param right the right schema
   * @return the output schema
   * @throws IllegalArgumentException if a suffixed name clashes with another column
   */
  public FrameSchema output(FrameSchema left, FrameSchema right) {
    List<FrameField> fields = new ArrayList<>();
    for (FrameField field : left.fields()) {
      fields.add(new FrameField(leftName(field.name()), field.type()));
    }
    for (String name : keptRight(right)) {
      fields.add(new FrameField(rightName(name), right.typeOf(name)));
    }
    Set<String> seen = new HashSet<>();
    for (FrameField field : fields) {
      if (!seen.add(field.name())) {
        throw new IllegalArgumentException("the merge would have two columns named " + field.name() + " (suffixes \""
            + leftSuffix + "\" and \"" + rightSuffix + "\" on " + new TreeSet<>(suffixed) + "); pass other suffixes, "
            + "or rename a column first");
      }
    }
    return FrameSchema.of(fields);
  }

  private String leftName(String name) {
    return suffixed.contains(name) ? name + leftSuffix : name;
  }

  private String rightName(String name) {
    return suffixed.contains(name) ? name + rightSuffix : name;
  }

  /**
   * The columns side {@code index} (0 left, 1 right) must give for {@code required} of the output:
   * its keys, and each column whose output name is required.
   *
   * @param index 0 for the left side, 1 for the right
   * @param left the left schema
   * @param right the right schema
   * @param required names of output columns that are needed
   * @return names of that side's columns, in its own naming (without suffixes)
   */
  public Set<String> requiredOf(int index, FrameSchema left, FrameSchema right, Set<String> required) {
    Set<String> columns = new HashSet<>(index == 0 ? leftOn : rightOn);
    if (index == 0) {
      left.names().stream().filter(name -> required.contains(leftName(name))).forEach(columns::add);
    } else {
      keptRight(right).stream().filter(name -> required.contains(rightName(name))).forEach(columns::add);
    }
    return columns;
  }

  @Override
  public String toString() {
    boolean oneName = true;
    for (int i = 0; i < leftOn.size(); i++) {
      oneName &= sharesName(i);
    }
    String keys = oneName ? "on " + leftOn : leftOn + " = " + rightOn;
    return keys + ("_x".equals(leftSuffix) && "_y".equals(rightSuffix) ? ""
        : ", suffixes (" + leftSuffix + ", " + rightSuffix + ")");
  }
}
