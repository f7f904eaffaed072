#!/usr/bin/env python3
"""Compares two result CSVs: every column but the last exactly, the last numerically (relative 1e-9).

Usage: compare_tables.py EXPECTED.csv ACTUAL.csv   (exit 0 when they match, 1 with the first difference)
"""
import csv
import math
import sys


def main(expected_path, actual_path):
    with open(expected_path, newline="") as f:
        expected = list(csv.reader(f))
    with open(actual_path, newline="") as f:
        actual = list(csv.reader(f))
    if len(expected) != len(actual):
        sys.exit(f"{actual_path}: {len(actual)} lines, expected {len(expected)}")
    if expected[0] != actual[0]:
        sys.exit(f"{actual_path}: header {actual[0]}, expected {expected[0]}")
    for number, (want, got) in enumerate(zip(expected[1:], actual[1:]), start=2):
        if want[:-1] != got[:-1] or not math.isclose(float(want[-1]), float(got[-1]), rel_tol=1e-9, abs_tol=1e-12):
            sys.exit(f"{actual_path}:{number}: {got}, expected {want}")
    print(f"{actual_path}: {len(actual) - 1} rows match {expected_path}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
