#!/usr/bin/env python3
"""Expected results of `bin/beamframe query` with pandas' read_csv options, computed by pandas.

The script writes the input files (testdata/query/read_*.csv, read_glob/, a gzip file) in the bytes
pandas users meet: Latin-1 and cp1252 text, a quote character other than '"', a file without a
header, junk lines above the header, bad lines. Each case is written twice, side by side: the query
command's arguments (testdata/query/<case>.args, one per line, starting with --input and the file
relative to testdata/query) and the same read in pandas; pandas' answer is <case>.expected.csv.
BeamFrame's QueryFixturesTest runs every case through `bin/beamframe query`, and ReadCsvOptionsTest
reads the same files through the Java API. It was run once with Debian's pandas 1.5 and its output
is committed:

    /usr/bin/python3 testdata/reference/pandas_read_csv_fixtures.py

A glob is read as pandas reads each of its files (sorted by path), concatenated: skiprows and the
header apply to every file, nrows to the rows of all files in that order.
"""
import glob
import gzip
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
QUERY = os.path.join(HERE, "..", "query")


def write(name, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    path = os.path.join(QUERY, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if name.endswith(".gz"):
        # mtime=0: the same bytes on every run.
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
            out.write(data)
    else:
        with open(path, "wb") as out:
            out.write(data)


# Latin-1 bytes, a non-ASCII header, and a quoted field with a line break.
write("read_latin1.csv",
      "id,Käufer,Stadt,Größe,Notiz\n"
      "1,José,Zürich,12.5,café\n"
      "2,\"Müller, Jürgen\",Köln,7,\"première ligne\ndeuxième ligne\"\n"
      "3,Ångström,Göteborg,3.25,ß\n"
      "4,Françoise,Besançon,,naïve\n"
      "5,Øster,Århus,100,« guillemets »\n", encoding="latin-1")

# cp1252 bytes: the euro sign, curly quotes, an ellipsis and a dash are in 0x80-0x9F.
write("read_cp1252.csv",
      "id,item,price,note\n"
      "1,Café,€5,“quoted” words\n"
      "2,Naïve,€12,it’s\n"
      "3,Œuvre,€7,wait…\n"
      "4,Straße,€0,– dash\n", encoding="cp1252")

# quotechar="'": single quotes quote (doubled inside), double quotes are text.
write("read_quotechar.csv",
      "id,name,comment\n"
      "1,'Smith, John','said ''hi'''\n"
      "2,\"Doe\",'two\nlines'\n"
      "3,'O''Brien',plain \"double\" quotes\n"
      "4,'',''\n"
      "5,'a,b,c',last\n")

# No header row.
write("read_headerless.csv",
      "1,OH,3.5\n"
      "2,WV,\n"
      "3,KY,7\n"
      "4,OH,0.5\n")

# A header whose names are replaced.
write("read_header.csv",
      "ID,St,Amt\n"
      "1,OH,3\n"
      "2,WV,4\n"
      "3,PA,\n")

# Junk above the header: a title, a quoted note over two lines, a blank line.
JUNK = ("Shipments report, generated 2012-01-01\n"
        "\"Note: figures are \"\"provisional\"\",\nsee the appendix\",\n"
        "\n"
        "id,state,qty\n"
        "1,OH,3\n"
        "2,WV,5\n"
        "3,KY,\n"
        "4,OH,8\n")
write("read_junk.csv", JUNK)

# Columns to pick from, in another order than the list asks.
write("read_wide.csv",
      "id,buyer,a,b,state,qty\n"
      "1,CVS,x,1.5,OH,3\n"
      "2,Rite Aid,y,,WV,5\n"
      "3,Walgreens,z,2,KY,1\n"
      "4,CVS,w,7,OH,4\n")

# Three files of a glob, each with an export line above its header, the second with its columns
# in another order (columns are found by name in each file's own header).
write("read_glob/part-1.csv",
      "# export 1\n"
      "id,buyer,state\n"
      "1,CVS,OH\n"
      "2,Rite Aid,WV\n"
      "3,Walgreens,OH\n")
write("read_glob/part-2.csv",
      "# export 2\n"
      "state,id,buyer\n"
      "WV,4,Kroger\n"
      "OH,5,Meijer\n"
      "KY,6,Walmart\n")
write("read_glob/part-3.csv",
      "# export 3\n"
      "id,buyer,state\n"
      "7,Costco,OH\n"
      "8,Target,WV\n")

# Everything at once, gzip-compressed, CRLF line ends: Latin-1, quotechar, junk lines, usecols, nrows.
write("read_combined.csv.gz",
      "Export, Latin-1\n"
      "\n"
      "id,'Käufer',Stadt,qty\n"
      "1,'Müller, A',Köln,3\n"
      "2,'O''Hara',Zürich,5\n"
      "3,'zwei\nZeilen',Genève,7\n"
      "4,Ærø,Malmö,9\n"
      "5,Last,Wien,11\n", encoding="latin-1", newline="\r\n")

# Lines with too many fields, which on_bad_lines="skip" drops; nrows counts the good rows.
write("read_bad_lines.csv",
      "id,state,qty\n"
      "1,OH,3\n"
      "2,WV,5,extra\n"
      "3,KY,7\n"
      "4,OH,8,9,10\n"
      "5,PA,1\n"
      "6,WV,2\n")


def path(name):
    return os.path.join(QUERY, name)


def read_glob(pattern, nrows=None, **options):
    """A glob as pandas reads each file (sorted by path), concatenated; nrows over all of them in order."""
    frames = [pd.read_csv(file, **options) for file in sorted(glob.glob(path(pattern)))]
    frame = pd.concat(frames, ignore_index=True)
    return frame if nrows is None else frame.head(nrows)


CASES = {
    "read_latin1": (
        ["--input", "read_latin1.csv", "--encoding", "latin-1", "--sort", "id"],
        lambda: pd.read_csv(path("read_latin1.csv"), encoding="latin-1").sort_values("id")),
    "read_cp1252": (
        ["--input", "read_cp1252.csv", "--encoding", "Windows-1252", "--sort", "id"],
        lambda: pd.read_csv(path("read_cp1252.csv"), encoding="Windows-1252").sort_values("id")),
    "read_quotechar": (
        ["--input", "read_quotechar.csv", "--quotechar", "'", "--sort", "id"],
        lambda: pd.read_csv(path("read_quotechar.csv"), quotechar="'").sort_values("id")),
    "read_no_header": (
        ["--input", "read_headerless.csv", "--no-header", "--sort", "0"],
        lambda: pd.read_csv(path("read_headerless.csv"), header=None).sort_values(0)),
    "read_no_header_names": (
        ["--input", "read_headerless.csv", "--header-none", "--names", "id,state,units",
         "--filter", "units > 1", "--sort", "id"],
        lambda: pd.read_csv(path("read_headerless.csv"), header=None, names=["id", "state", "units"])
        .query("units > 1").sort_values("id")),
    "read_names": (
        ["--input", "read_header.csv", "--names", "id,state,amount", "--sort", "id"],
        lambda: pd.read_csv(path("read_header.csv"), header=0, names=["id", "state", "amount"]).sort_values("id")),
    "read_skiprows": (
        ["--input", "read_junk.csv", "--skiprows", "3", "--sort", "id"],
        lambda: pd.read_csv(path("read_junk.csv"), skiprows=3).sort_values("id")),
    "read_usecols": (
        ["--input", "read_wide.csv", "--usecols", "qty,id,state", "--sort", "id"],
        lambda: pd.read_csv(path("read_wide.csv"), usecols=["qty", "id", "state"]).sort_values("id")),
    "read_nrows": (
        ["--input", "shipments.csv", "--nrows", "6", "--filter", "qty > 2", "--select", "id,buyer,qty",
         "--sort", "id"],
        lambda: pd.read_csv(path("shipments.csv"), nrows=6).query("qty > 2")[["id", "buyer", "qty"]]
        .sort_values("id")),
    "read_glob_nrows": (
        ["--input", "read_glob/part-*.csv", "--skiprows", "1", "--nrows", "5", "--sort", "id"],
        lambda: read_glob("read_glob/part-*.csv", nrows=5, skiprows=1).sort_values("id")),
    "read_glob_first_last": (
        ["--input", "read_glob/part-*.csv", "--skiprows", "1", "--nrows", "7", "--groupby", "state",
         "--agg", "first_buyer=first(buyer)", "--agg", "last_buyer=last(buyer)", "--agg", "n=size()"],
        lambda: read_glob("read_glob/part-*.csv", nrows=7, skiprows=1).groupby("state")
        .agg(first_buyer=("buyer", "first"), last_buyer=("buyer", "last"), n=("buyer", "size")).reset_index()),
    "read_combined": (
        ["--input", "read_combined.csv.gz", "--encoding", "latin1", "--quotechar", "'", "--skiprows", "2",
         "--usecols", "qty,Käufer", "--nrows", "4", "--sort", "qty:desc"],
        lambda: pd.read_csv(path("read_combined.csv.gz"), encoding="latin1", quotechar="'", skiprows=2,
                            usecols=["qty", "Käufer"], nrows=4).sort_values("qty", ascending=False)),
    "read_bad_lines": (
        ["--input", "read_bad_lines.csv", "--on-bad-lines", "skip", "--nrows", "4", "--sort", "id"],
        lambda: pd.read_csv(path("read_bad_lines.csv"), on_bad_lines="skip", nrows=4).sort_values("id")),
}


def main():
    for name, (args, pandas) in CASES.items():
        with open(path(name + ".args"), "w", encoding="utf-8") as out:
            out.write("\n".join(args) + "\n")
        pandas().to_csv(path(name + ".expected.csv"), index=False)
        print("wrote", name)


if __name__ == "__main__":
    main()
