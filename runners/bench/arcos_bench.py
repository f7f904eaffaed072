#!/usr/bin/env python3
"""Benchmarks BeamFrame on its runners against pandas, dask and (for the course query) a hand-written
single-threaded Java loop, on the same generated ARCOS-shaped file with the real file's cardinalities.

Workloads (--workload): course (the county-year query, ~28,000 groups at 1 GB), buyer (group by
BUYER_DEA_NO: size and sum of DOSAGE_UNIT, ~60,000 groups), txn (group by TRANSACTION_ID: size,
one group per row, written to a file).

One command, from the repository's top:
  python3 runners/bench/arcos_bench.py [--workload W] [--rows N] [--repeats R] [--systems a,b]
It builds what it needs (bin/beamframe), installs Debian's pandas and dask if missing, generates the
data deterministically, runs every system R times interleaved, checks that every system produced
the yardstick's table, and prints median and min-max wall time, the ratio to the yardstick, and
peak RSS of each system's whole process tree. Standard library only.
"""
import argparse
import csv
import json
import math
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BEAMFRAME = os.path.join(ROOT, "bin", "beamframe")
YARDSTICK_JAR = os.path.join(ROOT, "runners", "bench", "target", "beamframe-bench.jar")
PEERS = os.path.join(ROOT, "runners", "bench", "peers.py")
DEBIAN_PYTHON = "/usr/bin/python3"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_peers():
    check = [DEBIAN_PYTHON, "-c", "import pandas, dask.dataframe, distributed"]
    if subprocess.run(check, capture_output=True).returncode != 0:
        print("installing Debian's python3-pandas, python3-dask, python3-distributed ...", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-q"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "python3-pandas", "python3-dask", "python3-distributed"],
                       check=True, capture_output=True, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def tree_rss_kib(pid):
    """Resident memory of a process and all its descendants, in KiB."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open("/proc/%d/status" % p) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir("/proc/%d/task" % p):
                with open("/proc/%d/task/%s/children" % (p, task)) as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
    return total


def timed(command):
    """Runs a command; returns (wall seconds, peak tree RSS in MiB)."""
    # stderr goes to a file: a pipe nobody reads while the process runs would fill and stall it.
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss_kib(process.pid))
            time.sleep(0.05)
        wall = time.monotonic() - start
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError("%s failed: %s" % (" ".join(command), errors.read().decode()[-2000:]))
    return wall, peak / 1024.0


def read_table(path):
    with open(path, newline="") as f:
        return list(csv.reader(f))


def same_cell(want, got):
    try:
        return math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-9)
    except ValueError:
        return want == got


def same_table(expected, actual):
    """Same header, same rows in the same order; numbers equal to a relative 1e-9 (pandas sums compensated)."""
    if len(expected) != len(actual) or expected[0] != actual[0]:
        return False
    return all(len(want) == len(got) and all(same_cell(w, g) for w, g in zip(want, got))
               for want, got in zip(expected[1:], actual[1:]))


def newest_job_seconds(rest):
    jobs = json.load(urllib.request.urlopen("http://%s/jobs/overview" % rest, timeout=5))["jobs"]
    newest = max(jobs, key=lambda job: job["start-time"])
    return newest["duration"] / 1000.0


def workload_systems(workload, data, cluster):
    """The systems that run one workload, the reference (yardstick, else pandas) first; each writes its table to out."""
    beamframe_course = [BEAMFRAME, "arcos", "--input", data, "--quiet", "--overwrite", "--output"]
    if workload == "course":
        return {
            "yardstick (hand-written Java, 1 thread)": lambda out: ["java", "-cp", YARDSTICK_JAR,
                                                                    "org.beamframe.bench.HandWrittenArcos", data, out],
            "beamframe direct": lambda out: beamframe_course + [out],
            "beamframe flink-local": lambda out: beamframe_course + [out, "--runner=flink-local"],
            "beamframe cluster 1 TM": lambda out: beamframe_course + [out, "--runner=flink",
                                                                       "--flink-master=" + cluster(1)],
            "beamframe cluster 2 TM": lambda out: beamframe_course + [out, "--runner=flink",
                                                                       "--flink-master=" + cluster(2)],
            "pandas chunked, usecols": lambda out: [DEBIAN_PYTHON, PEERS, "pandas-chunked", data, out],
            "dask, course code": lambda out: [DEBIAN_PYTHON, PEERS, "dask-course", data, out],
            "dask, usecols": lambda out: [DEBIAN_PYTHON, PEERS, "dask-usecols", data, out],
        }
    if workload == "buyer":
        query = [BEAMFRAME, "query", "--input", data, "--quiet", "--dtype", "TRANSACTION_DATE=float64",
                 "--dtype", "MME_Conversion_Factor=object", "--groupby", "BUYER_DEA_NO",
                 "--agg", "n=size()", "--agg", "pills=sum(DOSAGE_UNIT)", "--overwrite", "--output"]
    else:
        query = [BEAMFRAME, "query", "--input", data, "--quiet", "--dtype", "TRANSACTION_DATE=float64",
                 "--dtype", "MME_Conversion_Factor=object", "--dtype", "TRANSACTION_ID=int64",
                 "--groupby", "TRANSACTION_ID", "--agg", "n=size()", "--overwrite", "--output"]
    return {
        "pandas chunked, usecols": lambda out: [DEBIAN_PYTHON, PEERS, workload + "-pandas-chunked", data, out],
        "beamframe direct": lambda out: query + [out],
        "beamframe flink-local": lambda out: query + [out, "--runner=flink-local"],
        "dask, usecols": lambda out: [DEBIAN_PYTHON, PEERS, workload + "-dask-usecols", data, out],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2_400_000, help="rows to generate (2.4 M is about 1 GB)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--systems", default="all", help="comma-separated names, or all")
    parser.add_argument("--workload", default="course", choices=["course", "buyer", "txn"])
    args = parser.parse_args()

    subprocess.run([BEAMFRAME, "--version"], check=True, capture_output=True)  # builds the jar on first use
    ensure_peers()
    work = os.path.join(tempfile.gettempdir(), "beamframe-bench")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "arcos-%d-seed%d.csv" % (args.rows, args.seed))
    if not os.path.exists(data):
        subprocess.run([BEAMFRAME, "generate-arcos", "--rows", str(args.rows), "--seed", str(args.seed),
                        "--out", data], check=True, capture_output=True)

    clusters = {}
    def cluster(taskmanagers):
        if taskmanagers not in clusters:
            home = os.path.join(work, "cluster-%dtm" % taskmanagers)
            shutil.rmtree(home, ignore_errors=True)
            rest = free_port()
            subprocess.run([BEAMFRAME, "cluster", "start", "--home", home, "--taskmanagers", str(taskmanagers),
                            "--slots", "1", "--rest-port", str(rest), "--rpc-port", str(free_port()),
                            "--blob-port", str(free_port())], check=True, capture_output=True)
            clusters[taskmanagers] = (home, "127.0.0.1:%d" % rest)
        return clusters[taskmanagers][1]

    systems = workload_systems(args.workload, data, cluster)
    if args.systems != "all":
        wanted = args.systems.split(",")
        first = next(iter(systems))
        systems = {name: make for name, make in systems.items() if any(w in name for w in wanted) or name == first}

    walls = {name: [] for name in systems}
    peaks = {name: 0.0 for name in systems}
    jobs = {name: [] for name in systems}
    tables = {}
    try:
        for repeat in range(args.repeats):
            for name, make in systems.items():
                out = os.path.join(work, "out-%s.csv" % "".join(c if c.isalnum() else "-" for c in name))
                command = make(out)
                wall, peak = timed(command)
                walls[name].append(wall)
                peaks[name] = max(peaks[name], peak)
                if "cluster" in name:
                    jobs[name].append(newest_job_seconds(command[-1].split("=", 1)[1]))
                tables[name] = read_table(out)
                print("run %d: %-40s %6.2f s %7.0f MiB" % (repeat + 1, name, wall, peak), file=sys.stderr)
    finally:
        for home, _ in clusters.values():
            subprocess.run([BEAMFRAME, "cluster", "stop", "--home", home], capture_output=True)

    first = next(iter(systems))
    yardstick = statistics.median(walls[first])
    reference = tables[first]
    print("workload %s: %d rows in its table; ratios and tables against the first system" % (
        args.workload, len(reference) - 1))
    print("| system | median wall | min-max | vs first | peak RSS | same table |")
    print("|---|---|---|---|---|---|")
    for name in systems:
        median = statistics.median(walls[name])
        job = " (job %.1f s)" % statistics.median(jobs[name]) if jobs[name] else ""
        print("| %s | %.2f s%s | %.2f-%.2f s | %.2fx | %.0f MiB | %s |" % (
            name, median, job, min(walls[name]), max(walls[name]), median / yardstick, peaks[name],
            "yes" if same_table(reference, tables[name]) else "NO"))
    print("\n%d rows (%.2f GB), %d interleaved runs each; %d cores, %s" % (
        args.rows, os.path.getsize(data) / 1e9, args.repeats, os.cpu_count(),
        subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))


if __name__ == "__main__":
    main()
