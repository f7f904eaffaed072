#!/usr/bin/env python3
"""The benchmark's peers in pandas and dask (Debian's packages), for the harness's three workloads.

Usage: peers.py pandas-chunked|dask-course|dask-usecols INPUT.csv OUTPUT.csv           (the course query)
       peers.py buyer-pandas-chunked|buyer-dask-usecols INPUT.csv OUTPUT.csv        (by BUYER_DEA_NO)
       peers.py txn-pandas-chunked|txn-dask-usecols INPUT.csv OUTPUT.csv            (by TRANSACTION_ID)
Each writes its table as CSV sorted by the keys, like BeamFrame.
"""
import sys

COLUMNS = ["TRANSACTION_DATE", "CALC_BASE_WT_IN_GM", "MME_Conversion_Factor", "BUYER_STATE", "BUYER_COUNTY"]
KEYS = ["year", "BUYER_STATE", "BUYER_COUNTY"]
# The course's dtypes, plus the two float columns a sample may mistake for integers.
DTYPES = {"ACTION_INDICATOR": "object", "ORDER_FORM_NO": "object", "REPORTER_ADDRESS2": "object",
          "REPORTER_ADDL_CO_INFO": "object", "BUYER_ADDL_CO_INFO": "object", "BUYER_ADDRESS2": "object",
          "NDC_NO": "object", "UNIT": "object", "STRENGTH": "float64", "BUYER_ZIP": "object",
          "DRUG_CODE": "object", "MME_Conversion_Factor": "object", "QUANTITY": "object",
          "TRANSACTION_DATE": "float64", "TRANSACTION_ID": "float64", "dos_str": "object",
          "CALC_BASE_WT_IN_GM": "float64", "DOSAGE_UNIT": "float64"}


def transform(df, dd_or_pd, as_the_course_writes=False):
    if as_the_course_writes:
        # The course's call on the float column: wrong months for some dates, right years.
        df["date"] = dd_or_pd.to_datetime(df.TRANSACTION_DATE, format="%m%d%Y")
    else:
        # Zero-padded to the format's width first, as BeamFrame does.
        text = df.TRANSACTION_DATE.astype("int64").astype(str).str.zfill(8)
        df["date"] = dd_or_pd.to_datetime(text, format="%m%d%Y")
    df["year"] = df.date.dt.year
    df["MME_Conversion_Factor"] = dd_or_pd.to_numeric(df["MME_Conversion_Factor"], errors="coerce")
    df["morphine_equivalent_g"] = df["CALC_BASE_WT_IN_GM"] * df["MME_Conversion_Factor"]
    return df[["year", "morphine_equivalent_g", "BUYER_STATE", "BUYER_COUNTY"]]


def write(series, path):
    frame = series.reset_index().sort_values(KEYS)
    with open(path, "w") as out:
        out.write("year,BUYER_STATE,BUYER_COUNTY,morphine_equivalent_g\n")
        for row in frame.itertuples(index=False):
            out.write("%d,%s,%s,%r\n" % (row[0], quote(row[1]), quote(row[2]), float(row[3])))


def quote(text):
    return '"' + text.replace('"', '""') + '"' if "," in text or '"' in text else text


def pandas_chunked(path, out):
    import pandas as pd
    dtypes = {k: v for k, v in DTYPES.items() if k in COLUMNS}
    total = None
    for chunk in pd.read_csv(path, usecols=COLUMNS, dtype=dtypes, chunksize=250_000):
        part = transform(chunk, pd).groupby(KEYS).morphine_equivalent_g.sum()
        total = part if total is None else total.add(part, fill_value=0)
    write(total, out)


def dask_run(path, out, usecols):
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster):
        if usecols:
            df = dd.read_csv(path, usecols=COLUMNS, dtype={k: v for k, v in DTYPES.items() if k in COLUMNS})
        else:
            df = dd.read_csv(path, dtype=DTYPES)
        collapsed = transform(df, dd, as_the_course_writes=not usecols).groupby(KEYS).morphine_equivalent_g.sum()
        write(collapsed.compute(), out)


BY_BUYER = (["BUYER_DEA_NO", "DOSAGE_UNIT"], {"BUYER_DEA_NO": "object", "DOSAGE_UNIT": "float64"}, "BUYER_DEA_NO")
BY_TRANSACTION = (["TRANSACTION_ID"], {"TRANSACTION_ID": "int64"}, "TRANSACTION_ID")


def aggregate(grouped, workload):
    """by buyer: n=size(), pills=sum(DOSAGE_UNIT); by transaction: n=size()."""
    if workload is BY_BUYER:
        return grouped.agg(n=("DOSAGE_UNIT", "size"), pills=("DOSAGE_UNIT", "sum"))
    return grouped.size().to_frame("n")


def write_frame(frame, path):
    frame.reset_index().sort_values(frame.index.name).to_csv(path, index=False)


def grouped_pandas(path, out, workload):
    import pandas as pd
    columns, dtypes, key = workload
    parts = [aggregate(chunk.groupby(key), workload)
             for chunk in pd.read_csv(path, usecols=columns, dtype=dtypes, chunksize=250_000)]
    total = pd.concat(parts).groupby(level=0).sum()
    total.index.name = key
    write_frame(total, out)


def grouped_dask(path, out, workload):
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster
    columns, dtypes, key = workload
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster):
        df = dd.read_csv(path, usecols=columns, dtype=dtypes)
        # Many groups: the result is spread over several partitions (split_out), as dask advises.
        split_out = 8 if workload is BY_TRANSACTION else 1
        if workload is BY_BUYER:
            result = df.groupby(key).agg({"DOSAGE_UNIT": ["size", "sum"]}, split_out=split_out).compute()
            result.columns = ["n", "pills"]
        else:
            result = df.groupby(key).size(split_out=split_out).compute().to_frame("n")
        write_frame(result, out)


if __name__ == "__main__":
    system, path, out = sys.argv[1:4]
    peers = {
        "pandas-chunked": lambda: pandas_chunked(path, out),
        "dask-course": lambda: dask_run(path, out, usecols=False),
        "dask-usecols": lambda: dask_run(path, out, usecols=True),
        "buyer-pandas-chunked": lambda: grouped_pandas(path, out, BY_BUYER),
        "buyer-dask-usecols": lambda: grouped_dask(path, out, BY_BUYER),
        "txn-pandas-chunked": lambda: grouped_pandas(path, out, BY_TRANSACTION),
        "txn-dask-usecols": lambda: grouped_dask(path, out, BY_TRANSACTION),
    }
    if system not in peers:
        sys.exit("unknown peer " + system + "; known: " + ", ".join(peers))
    peers[system]()
