#!/usr/bin/env python3
"""Expected results of `bin/beamframe query` on testdata/query/shipments.csv, computed by pandas.

Each case is written twice, side by side: the query command's arguments and the same question in
pandas. The script writes testdata/query/<case>.args (one argument per line) and
testdata/query/<case>.expected.csv. It was run once with Debian's pandas 1.5 and its output is
committed; BeamFrame's QueryFixturesTest runs every case and compares (numbers to 1e-9 relative).

    /usr/bin/python3 testdata/reference/pandas_query_fixtures.py
"""
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
QUERY = os.path.join(HERE, "..", "query")
DTYPES = {"id": "int64", "buyer": "object", "state": "object", "measure": "object",
          "units": "float64", "qty": "int64", "date": "object", "note": "object"}


def read():
    return pd.read_csv(os.path.join(QUERY, "shipments.csv"), dtype=DTYPES)


def buyers():
    return pd.read_csv(os.path.join(QUERY, "buyers.csv"), dtype=str)


# events.csv: airport observations with the shapes public files have: ISO 8601 times in every form
# (offsets, fractions, a missing one), US and day-first dates without zero padding, a float64 column
# used as a group key (0.0 and -0.0, a missing value), a column name with spaces and a '$'.
EVENT_DTYPES = {"id": "int64", "airport": "object", "reported": "object", "us_date": "object", "eu_date": "object",
                "temp": "float64", "Cost Total $": "float64", "qty": "int64", "factor": "float64"}


def events():
    return pd.read_csv(os.path.join(QUERY, "events.csv"), dtype=EVENT_DTYPES)


def utc(series):
    """pandas' ISO 8601 parse, offsets applied and the zone dropped (BeamFrame's datetime64 has none)."""
    return pd.to_datetime(series, utc=True).dt.tz_convert(None)


def dtype_args(dtypes=DTYPES):
    args = []
    for column, dtype in dtypes.items():
        args += ["--dtype", "%s=%s" % (column, dtype)]
    return args


CASES = {
    "filter_select": (
        ["--filter", "measure == 'TAB' and units > 100", "--select", "id,buyer,units", "--sort", "id"],
        lambda df: df.query("measure == 'TAB' and units > 100")[["id", "buyer", "units"]].sort_values("id")),
    "in_and_isna": (
        ["--filter", "measure in ['CAP'] or buyer.isna()", "--select", "id,measure,buyer", "--sort", "id"],
        lambda df: df.query("measure in ['CAP'] or buyer.isna()", engine="python")[["id", "measure", "buyer"]]
        .sort_values("id")),
    "not_in_and_not": (
        ["--filter", "state not in ('OH', 'WV') and not measure == 'CAP'", "--select", "id,state,measure",
         "--sort", "id"],
        lambda df: df.query("state not in ('OH', 'WV') and not measure == 'CAP'")[["id", "state", "measure"]]
        .sort_values("id")),
    "strings": (
        ["--assign", "up = buyer.str.upper()", "--assign", "trimmed = buyer.str.strip()",
         "--assign", "lower = buyer.str.lower()", "--assign", "n = buyer.str.len()",
         "--assign", "cvs = buyer.str.upper().str.startswith('CVS')",
         "--assign", "aid = buyer.str.endswith('Aid')", "--assign", "hash = buyer.str.contains('#[0-9]+')",
         "--assign", "dotted = buyer.str.contains('.', regex=False)", "--assign", "short = buyer.str.slice(0, 3)",
         "--assign", "tail = buyer.str.slice(-2)", "--assign", "swapped = buyer.str.replace('.', ' dot ')",
         "--select", "id,up,trimmed,lower,n,cvs,aid,hash,dotted,short,tail,swapped", "--sort", "id"],
        lambda df: df.assign(
            up=df.buyer.str.upper(), trimmed=df.buyer.str.strip(), lower=df.buyer.str.lower(),
            n=df.buyer.str.len(), cvs=df.buyer.str.upper().str.startswith("CVS"),
            aid=df.buyer.str.endswith("Aid"), hash=df.buyer.str.contains("#[0-9]+"),
            dotted=df.buyer.str.contains(".", regex=False), short=df.buyer.str.slice(0, 3),
            tail=df.buyer.str.slice(-2), swapped=df.buyer.str.replace(".", " dot ", regex=False))
        [["id", "up", "trimmed", "lower", "n", "cvs", "aid", "hash", "dotted", "short", "tail", "swapped"]]
        .sort_values("id")),
    "dates": (
        ["--assign", "d = to_datetime(date, format='%Y-%m-%d')", "--assign", "year = d.dt.year",
         "--assign", "month = d.dt.month", "--assign", "day = d.dt.day", "--assign", "quarter = d.dt.quarter",
         "--assign", "dow = d.dt.dayofweek", "--assign", "day_only = d.dt.date",
         "--select", "id,year,month,day,quarter,dow,day_only", "--sort", "id"],
        lambda df: (lambda d: df.assign(year=d.dt.year, month=d.dt.month, day=d.dt.day, quarter=d.dt.quarter,
                                        dow=d.dt.dayofweek, day_only=d.dt.date))(
            pd.to_datetime(df.date, format="%Y-%m-%d"))
        [["id", "year", "month", "day", "quarter", "dow", "day_only"]].sort_values("id")),
    "numeric_methods": (
        ["--assign", "a = (units - 150).abs()", "--assign", "r = (units / 3).round(2)",
         "--assign", "c = units.clip(50, 200)", "--assign", "f = units.fillna(0)",
         "--assign", "q = qty.astype('float64')", "--assign", "w = units.where(units > 100, 0)",
         "--assign", "t = units.fillna(-1).astype('int64')", "--assign", "s = qty.astype('object')",
         "--select", "id,a,r,c,f,q,w,t,s", "--sort", "id"],
        lambda df: df.assign(a=(df.units - 150).abs(), r=(df.units / 3).round(2), c=df.units.clip(50, 200),
                             f=df.units.fillna(0), q=df.qty.astype("float64"), w=df.units.where(df.units > 100, 0),
                             t=df.units.fillna(-1).astype("int64"), s=df.qty.astype("object"))
        [["id", "a", "r", "c", "f", "q", "w", "t", "s"]].sort_values("id")),
    "arithmetic": (
        ["--assign", "value = units * qty / 2 - 1", "--filter", "value >= 100 and not (state == 'PA')",
         "--select", "id,value", "--sort", "value:desc"],
        lambda df: df.eval("value = units * qty / 2 - 1").query("value >= 100 and not (state == 'PA')")
        [["id", "value"]].sort_values("value", ascending=False)),
    "top_rows": (
        ["--filter", "measure == 'TAB'", "--select", "id,buyer,units", "--sort", "units:desc", "--head", "3"],
        lambda df: df.query("measure == 'TAB'")[["id", "buyer", "units"]].nlargest(3, "units")),
    "first_rows": (
        ["--select", "id,state,qty", "--head", "4"],
        lambda df: df[["id", "state", "qty"]].head(4)),
    "groupby_aggs": (
        ["--groupby", "state,measure", "--agg", "n=size()", "--agg", "cnt=count(units)",
         "--agg", "total=sum(units)", "--agg", "avg=mean(units)", "--agg", "lo=min(units)",
         "--agg", "hi=max(units)", "--agg", "buyers=nunique(buyer)", "--agg", "sd=std(units)",
         "--agg", "v=var(units)", "--agg", "pieces=sum(qty)"],
        lambda df: df.groupby(["state", "measure"]).agg(
            n=("units", "size"), cnt=("units", "count"), total=("units", "sum"), avg=("units", "mean"),
            lo=("units", "min"), hi=("units", "max"), buyers=("buyer", "nunique"), sd=("units", "std"),
            v=("units", "var"), pieces=("qty", "sum")).reset_index()
        .sort_values(["state", "measure"])),
    "first_last": (
        ["--groupby", "state", "--agg", "first_buyer=first(buyer)", "--agg", "last_buyer=last(buyer)",
         "--agg", "first_units=first(units)", "--agg", "last_units=last(units)"],
        lambda df: df.groupby("state").agg(first_buyer=("buyer", "first"), last_buyer=("buyer", "last"),
                                           first_units=("units", "first"), last_units=("units", "last"))
        .reset_index()),
    "groupby_keep_null": (
        ["--groupby", "state", "--keep-null-keys", "--agg", "n=size()", "--agg", "total=sum(units)"],
        lambda df: df.groupby("state", dropna=False).agg(n=("units", "size"), total=("units", "sum")).reset_index()),
    "whole_frame": (
        ["--agg", "rows=size()", "--agg", "total=sum(qty)", "--agg", "avg=mean(units)",
         "--agg", "states=nunique(state)", "--agg", "sd=std(qty)"],
        lambda df: pd.DataFrame([{"rows": len(df), "total": df.qty.sum(), "avg": df.units.mean(),
                                  "states": df.state.nunique(), "sd": df.qty.std()}])),
    "drop_duplicates_first": (
        ["--drop-duplicates", "state,measure", "--select", "id,state,measure,units,note"],
        lambda df: df.drop_duplicates(["state", "measure"])[["id", "state", "measure", "units", "note"]]
        .sort_values(["state", "measure"])),
    "drop_duplicates_last": (
        ["--drop-duplicates", "state,measure", "--keep", "last", "--select", "id,state,measure,units,note"],
        lambda df: df.drop_duplicates(["state", "measure"], keep="last")[["id", "state", "measure", "units", "note"]]
        .sort_values(["state", "measure"])),
    "drop_duplicates_none": (
        ["--drop-duplicates", "state,measure", "--keep", "none", "--select", "id,state,measure,units,note"],
        lambda df: df.drop_duplicates(["state", "measure"], keep=False)[["id", "state", "measure", "units", "note"]]
        .sort_values(["state", "measure"])),
    "drop_duplicates_all_columns": (
        ["--select", "state,measure,units", "--drop-duplicates"],
        lambda df: df[["state", "measure", "units"]].drop_duplicates().sort_values(["state", "measure", "units"])),
    "sort_head": (
        ["--groupby", "buyer", "--agg", "units=sum(units)", "--sort", "units:desc,buyer", "--head", "3"],
        lambda df: df.groupby("buyer").agg(units=("units", "sum")).reset_index()
        .sort_values(["units", "buyer"], ascending=[False, True]).head(3)),
}


# The same, on events.csv.
EVENT_CASES = {
    "iso_dates": (
        ["--assign", "t = to_datetime(reported)", "--assign", "u = to_datetime(reported, format='ISO8601')",
         "--assign", "year = t.dt.year", "--assign", "month = t.dt.month", "--assign", "day = t.dt.day",
         "--assign", "hour = u.dt.hour", "--assign", "minute = u.dt.minute", "--assign", "second = u.dt.second",
         "--assign", "us = u.dt.microsecond", "--assign", "ns = u.dt.nanosecond",
         "--select", "id,year,month,day,hour,minute,second,us,ns", "--sort", "id"],
        lambda df: (lambda t: df.assign(year=t.dt.year, month=t.dt.month, day=t.dt.day, hour=t.dt.hour,
                                        minute=t.dt.minute, second=t.dt.second, us=t.dt.microsecond,
                                        ns=t.dt.nanosecond))(utc(df.reported))
        [["id", "year", "month", "day", "hour", "minute", "second", "us", "ns"]].sort_values("id")),
    "unpadded_dates": (
        ["--assign", "us = to_datetime(us_date, format='%m/%d/%Y')",
         "--assign", "eu = to_datetime(eu_date, format='%d/%m/%Y')",
         "--assign", "us_year = us.dt.year", "--assign", "us_month = us.dt.month", "--assign", "us_day = us.dt.day",
         "--assign", "eu_year = eu.dt.year", "--assign", "eu_month = eu.dt.month", "--assign", "eu_day = eu.dt.day",
         "--select", "id,us_year,us_month,us_day,eu_year,eu_month,eu_day", "--sort", "id"],
        lambda df: (lambda us, eu: df.assign(us_year=us.dt.year, us_month=us.dt.month, us_day=us.dt.day,
                                             eu_year=eu.dt.year, eu_month=eu.dt.month, eu_day=eu.dt.day))(
            pd.to_datetime(df.us_date, format="%m/%d/%Y"), pd.to_datetime(df.eu_date, format="%d/%m/%Y"))
        [["id", "us_year", "us_month", "us_day", "eu_year", "eu_month", "eu_day"]].sort_values("id")),
    "float_keys": (
        ["--groupby", "temp", "--agg", "n=size()", "--agg", "cost=sum(Cost Total $)",
         "--agg", "`big cost`=max(`Cost Total $`)", "--agg", "pieces=sum(qty)"],
        lambda df: df.groupby("temp").agg(n=("qty", "size"), cost=("Cost Total $", "sum"),
                                          **{"big cost": ("Cost Total $", "max")}, pieces=("qty", "sum"))
        .reset_index()),
    "float_keys_keep_null": (
        ["--groupby", "temp", "--keep-null-keys", "--agg", "n=size()", "--agg", "pieces=sum(qty)"],
        lambda df: df.groupby("temp", dropna=False).agg(n=("qty", "size"), pieces=("qty", "sum")).reset_index()),
    "operators": (
        ["--assign", "m = qty % 3", "--assign", "fd = qty // 3", "--assign", "p = qty ** 2",
         "--assign", "mn = qty % -3", "--assign", "fdn = qty // -3", "--assign", "fm = temp % 2",
         "--assign", "ffd = temp // 2", "--assign", "fp = factor ** 0.5", "--assign", "mixed = qty ** 2 % 7 * -1 // 2",
         "--assign", "tower = 2 ** qty.clip(0, 3) ** 2",
         "--select", "id,m,fd,p,mn,fdn,fm,ffd,fp,mixed,tower", "--sort", "id"],
        lambda df: df.eval("m = qty % 3\nfd = qty // 3\np = qty ** 2\nmn = qty % -3\nfdn = qty // -3\n"
                           "fm = temp % 2\nffd = temp // 2\nfp = factor ** 0.5\nmixed = qty ** 2 % 7 * -1 // 2",
                           engine="python")
        .assign(tower=lambda d: 2 ** d.qty.clip(0, 3) ** 2)
        [["id", "m", "fd", "p", "mn", "fdn", "fm", "ffd", "fp", "mixed", "tower"]].sort_values("id")),
    "query_params": (
        ["--var", "low=2", "--var", "names=['Denver Intl', \"O'Hare\"]", "--var", "cap=1000.5",
         "--filter", "qty > @low and airport in @names and not `Cost Total $` > @cap",
         "--select", "id,airport,qty", "--sort", "id"],
        lambda df: df.query("qty > @low and airport in @names and not `Cost Total $` > @cap",
                            local_dict={"low": 2, "names": ["Denver Intl", "O'Hare"], "cap": 1000.5})
        [["id", "airport", "qty"]].sort_values("id")),
}


# Frame operations the command line has no flags for; PandasSurfaceTest runs them through the Java API.
FRAME_CASES = {
    "frame_ops": lambda df: df.drop(columns=["note", "date"]).rename(columns={"buyer": "customer"})
    .dropna(subset=["customer"]).fillna({"units": 0}).sort_values("id"),
    "nlargest": lambda df: df.nlargest(3, "units")[["id", "units"]],
    "nsmallest": lambda df: df.nsmallest(4, "units")[["id", "units"]],
    "value_counts": lambda df: (lambda counts: pd.DataFrame({"buyer": counts.index, "count": counts.values}))(
        df.buyer.value_counts()).sort_values(["count", "buyer"], ascending=[False, True]),
    "head": lambda df: df[["id", "buyer", "units"]].head(5),
    "merge_inner": lambda df: df[["id", "buyer", "state"]].merge(buyers(), on="buyer", how="inner")
    .sort_values(["id", "state_y"]),
    "merge_left": lambda df: df[["id", "buyer", "state"]].merge(buyers(), on="buyer", how="left")
    .sort_values(["id", "state_y"]),
    "merge_right": lambda df: df[["id", "buyer", "state"]].merge(buyers(), on="buyer", how="right")
    .sort_values(["buyer", "state_y", "id"]),
    "merge_outer": lambda df: df[["id", "buyer", "state"]].merge(buyers(), on="buyer", how="outer")
    .sort_values(["buyer", "state_y", "id"]),
    "merge_left_on_right_on": lambda df: df[["id", "buyer", "state"]]
    .merge(buyers().rename(columns={"buyer": "name"}), left_on="buyer", right_on="name", how="outer",
           suffixes=("", "_of_buyer"))
    .sort_values(["name", "state_of_buyer", "id"]),
    "map_apply": lambda df: df.assign(
        code=df.qty.map(lambda q: q * 2 + 1),
        label=df.buyer.map(lambda b: b.strip().upper()[:3], na_action="ignore"),
        value=df.apply(lambda r: r.units * r.qty if r.measure == "TAB" else 0.0, axis=1))
    .query("state == 'OH' or state == 'PA'")[["id", "code", "label", "value"]].sort_values("id"),
    "concat": lambda df: pd.concat([df[df.state == "OH"][["id", "state"]], df[df.state == "WV"][["id", "state"]]])
    .sort_values("id"),
    "concat_groupby_keep_null": lambda df: pd.concat([df, df]).groupby(["state", "measure"], dropna=False)
    .agg(n=("qty", "size"), pieces=("qty", "sum")).reset_index(),
    "sort_values": lambda df: df[["id", "state", "units"]].sort_values(["state", "units", "id"],
                                                                      ascending=[True, False, True]),
}


def main():
    for name, (args, pandas) in CASES.items():
        with open(os.path.join(QUERY, name + ".args"), "w") as out:
            out.write("\n".join(dtype_args() + args) + "\n")
        pandas(read()).to_csv(os.path.join(QUERY, name + ".expected.csv"), index=False)
        print("wrote", name)
    for name, (args, pandas) in EVENT_CASES.items():
        with open(os.path.join(QUERY, name + ".args"), "w") as out:
            out.write("\n".join(["--input", "events.csv"] + dtype_args(EVENT_DTYPES) + args) + "\n")
        pandas(events()).to_csv(os.path.join(QUERY, name + ".expected.csv"), index=False)
        print("wrote", name)
    for name, pandas in FRAME_CASES.items():
        pandas(read()).to_csv(os.path.join(QUERY, name + ".expected.csv"), index=False)
        print("wrote", name)


if __name__ == "__main__":
    main()
