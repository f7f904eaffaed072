#!/usr/bin/env python3
"""Independent single-threaded reference for the course's two ARCOS queries.

Python standard library only (csv, math, datetime): no BeamFrame code, no pandas. It follows
pandas' documented semantics step by step:

* read_csv: pandas' default NA strings become missing in every column;
* to_datetime(TRANSACTION_DATE, format="%m%d%Y") on the float64 column: the number is written as an
  integer and zero-padded to 8 digits (1062006 -> 01062006 -> 2006-01-06);
* to_numeric(MME_Conversion_Factor, errors="coerce"): text that is not a decimal number is missing;
* the product is missing if either side is; groupby(...).sum() drops rows with a missing key, skips
  missing values and gives 0.0 for a group whose values are all missing (math.fsum: exactly rounded);
* df[df.Measure == "TAB"].DOSAGE_UNIT.max(): missing values are skipped.

Usage: arcos_reference.py INPUT.csv OUT_MORPHINE.csv OUT_MAX_PILLS.txt
"""
import csv
import datetime
import math
import re
import sys

NA = {"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
      "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"}
DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def value(text):
    return None if text in NA else text


def as_float(text):
    """A declared float64 column: missing, or the number (anything else would be a read error)."""
    text = value(text)
    return None if text is None else float(text)


def to_numeric_coerce(text):
    text = value(text)
    if text is None or not DECIMAL.fullmatch(text.strip()):
        return None
    return float(text)


def year_of(transaction_date):
    number = as_float(transaction_date)
    if number is None:
        return None
    digits = str(int(number)).zfill(8)
    return datetime.datetime.strptime(digits, "%m%d%Y").year


def main(path, morphine_out, max_out):
    groups = {}
    max_tablets = None
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            factor = to_numeric_coerce(row["MME_Conversion_Factor"])
            weight = as_float(row["CALC_BASE_WT_IN_GM"])
            product = None if factor is None or weight is None else weight * factor
            key = (year_of(row["TRANSACTION_DATE"]), value(row["BUYER_STATE"]), value(row["BUYER_COUNTY"]))
            if None not in key:
                groups.setdefault(key, [])
                if product is not None:
                    groups[key].append(product)
            if value(row["Measure"]) == "TAB":
                dosage = as_float(row["DOSAGE_UNIT"])
                if dosage is not None and (max_tablets is None or dosage > max_tablets):
                    max_tablets = dosage
    with open(morphine_out, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["year", "BUYER_STATE", "BUYER_COUNTY", "morphine_equivalent_g"])
        for key in sorted(groups):
            writer.writerow([key[0], key[1], key[2], repr(math.fsum(groups[key]))])
    with open(max_out, "w", encoding="utf-8") as out:
        out.write("" if max_tablets is None else repr(max_tablets))
        out.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
