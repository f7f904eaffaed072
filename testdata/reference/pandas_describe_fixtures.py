#!/usr/bin/env python3
"""Expected results of describe() and pivot_table() on testdata/query/shipments.csv and events.csv, by pandas.

Cases the command line supports (`bin/beamframe query ... --describe`) are written twice, side by side:
the query command's arguments (testdata/query/<case>.args, one argument per line) and the same question
in pandas (testdata/query/<case>.expected.csv). Cases of the Java API only (Column.describe, pivotTable)
get the expected table alone; DescribePivotTest runs them. It was run once with Debian's pandas 1.5 and
its output is committed:

    /usr/bin/python3 testdata/reference/pandas_describe_fixtures.py

describe()'s table is pandas' with its index as a first column named "statistic" (count, mean, std,
min, 25%, 50%, 75%, max); pivot_table()'s is reset_index()'s: the index columns, then one column per value.
"""
import os

import pandas as pd

from pandas_query_fixtures import DTYPES, EVENT_DTYPES, QUERY, dtype_args, events, read


def described(frame):
    return frame.describe().rename_axis("statistic").reset_index()


# (the query command's arguments, the same in pandas), on shipments.csv or events.csv.
CLI_CASES = {
    "describe": (
        ["--describe"],
        lambda df: described(df), read),
    "describe_filtered": (
        ["--filter", "state == 'PA'", "--select", "units,qty", "--describe"],
        lambda df: described(df.query("state == 'PA'")[["units", "qty"]]), read),
    "describe_events": (
        ["--describe"],
        lambda df: described(df), events),
}


# The Java API only: Column.describe() and pivotTable().
FRAME_CASES = {
    "describe_column": (lambda df: df.units.describe().rename_axis("statistic").reset_index(), read),
    "pivot_sum": (lambda df: df.pivot_table(index="state", columns="measure", values="units", aggfunc="sum")
                  .reset_index(), read),
    "pivot_count": (lambda df: df.pivot_table(index="state", columns="measure", values="units", aggfunc="count")
                    .reset_index(), read),
    "pivot_size": (lambda df: df.pivot_table(index="state", columns="measure", values="units", aggfunc="size")
                   .reset_index(), read),
    "pivot_mean_two_keys": (lambda df: df.pivot_table(index=["state", "measure"], columns="qty", values="units",
                                                      aggfunc="mean").reset_index(), read),
    "pivot_first_text": (lambda df: df.pivot_table(index="state", columns="measure", values="buyer",
                                                   aggfunc="first").reset_index(), read),
    # Rows 3, 4 and 12: TAB's only value is missing, so its mean is no column, its sum a column of 0.
    "pivot_mean_all_missing": (lambda df: df[df.id.isin([3, 4, 12])].pivot_table(
        index="state", columns="measure", values="units", aggfunc="mean").reset_index(), read),
    "pivot_sum_all_missing": (lambda df: df[df.id.isin([3, 4, 12])].pivot_table(
        index="state", columns="measure", values="units", aggfunc="sum").reset_index(), read),
    # float64 key (0.0 and -0.0 are one value, a missing one no column); rows whose cells are all missing dropped.
    "pivot_float_key": (lambda df: df.pivot_table(index="airport", columns="temp", values="Cost Total $",
                                                  aggfunc="max").reset_index(), events),
    # int64 key: columns in numeric order (-12 before -7 before 100).
    "pivot_int_key": (lambda df: df.pivot_table(index="airport", columns="qty", values="factor", aggfunc="sum")
                      .reset_index(), events),
    # std needs two values in a cell: a value with none is no column, an airport with none no row.
    "pivot_std": (lambda df: df.pivot_table(index="airport", columns="temp", values="qty", aggfunc="std")
                  .reset_index(), events),
}


def main():
    for name, (args, pandas, data) in CLI_CASES.items():
        on_events = data is events
        with open(os.path.join(QUERY, name + ".args"), "w") as out:
            prefix = ["--input", "events.csv"] + dtype_args(EVENT_DTYPES) if on_events else dtype_args(DTYPES)
            out.write("\n".join(prefix + args) + "\n")
        pandas(data()).to_csv(os.path.join(QUERY, name + ".expected.csv"), index=False)
        print("wrote", name)
    for name, (pandas, data) in FRAME_CASES.items():
        pandas(data()).to_csv(os.path.join(QUERY, name + ".expected.csv"), index=False)
        print("wrote", name)


if __name__ == "__main__":
    main()
