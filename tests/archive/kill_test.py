#!/usr/bin/python3
"""Kills `copydesk archive add` with SIGKILL mid-write, then reruns it; checks durability.

    kill_test.py COPYDESK [KILLS] [STORIES]

After each kill: PRAGMA integrity_check is ok, every archived id is there once, no band key
points at a missing article. A `copydesk check` runs while the final add is writing (one
writer, readers alongside). After the rerun: every input article is archived exactly once.
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def decode_block(lo, data):
    """The (key, article) pairs of a key block (archive/key_block.h): LEB128 key deltas and articles."""
    out, key, i = [], lo, 0
    vals = []
    while i < len(data):
        v, shift = 0, 0
        while True:
            b = data[i]
            i += 1
            v |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                break
        vals.append(v)
    assert len(vals) % 2 == 0, "a damaged key block at %d" % lo
    for d, a in zip(vals[0::2], vals[1::2]):
        key = (key + d + 2**63) % 2**64 - 2**63
        out.append((key, a))
    return out


def verify(db, expect_all=None):
    con = sqlite3.connect(db)
    ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    assert ok == "ok", "integrity_check: %s" % ok
    n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    assert n == distinct, "%d rows for %d ids" % (n, distinct)
    segments = [r[0] for r in con.execute("SELECT id FROM segments")]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE name LIKE 'keys_%' OR name LIKE 'bands_%'")}
    assert tables == {"keys_%d" % i for i in segments}, "segment list %s vs tables %s" % (segments, tables)
    rows = {r[0] for r in con.execute("SELECT row FROM articles")}
    orphans = 0
    for i in segments:
        last = None
        for lo, data in con.execute("SELECT lo, data FROM keys_%d ORDER BY lo" % i):
            pairs = decode_block(lo, data)
            assert pairs and pairs[0][0] == lo, "segment %d: block %d starts at %s" % (i, lo, pairs[:1])
            assert last is None or last < pairs[0], "segment %d: blocks out of order at %d" % (i, lo)
            assert pairs == sorted(pairs), "segment %d: block %d unsorted" % (i, lo)
            last = pairs[-1]
            orphans += sum(1 for _, a in pairs if a not in rows)
    assert orphans == 0, "%d band keys of missing articles" % orphans
    ids = {r[0] for r in con.execute("SELECT id FROM articles")}
    con.close()
    if expect_all is not None:
        assert ids == expect_all, "archived %d of %d ids, %d unexpected" % (
            len(ids & expect_all), len(expect_all), len(ids - expect_all))
    return n


def main():
    bin_ = sys.argv[1]
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    stories = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "in.jsonl")
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "gen_corpus.py"), "--stories", str(stories),
                        "--copies", "3", "--singles", str(stories * 2), "--out", src,
                        "--labels", os.path.join(work, "labels.jsonl")], check=True, stdout=subprocess.DEVNULL)
        ids = {json.loads(l)["id"] for l in open(src, encoding="utf-8")}
        add = lambda db: [bin_, "archive", "add", src, "--db", db, "--batch", "128", "-q"]
        # How long a whole add takes, so that the kills fall all over it.
        probe = os.path.join(work, "probe.db")
        t0 = time.monotonic()
        subprocess.run(add(probe), check=True, stderr=subprocess.DEVNULL)
        full = time.monotonic() - t0
        db = os.path.join(work, "wire.db")
        counts = []
        for i in range(kills):
            p = subprocess.Popen(add(db), stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, max(0.1, full * 0.9)))
            p.kill()
            p.wait()
            if os.path.exists(db):
                counts.append(verify(db))
        print("after %d kills (a whole add takes %.2f s): archived counts %s" % (kills, full, counts))
        # The rerun completes the archive; a check reads it while it is being written.
        p = subprocess.Popen(add(db), stderr=subprocess.DEVNULL)
        checks = 0
        while p.poll() is None:
            r = subprocess.run([bin_, "check", src, "--db", db, "-q", "--no-reports"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
            assert r.returncode in (0, 1), "check during add failed: %s" % r.stderr
            checks += 1
        assert p.returncode == 0, "rerun failed"
        n = verify(db, ids)
        stats = json.loads(subprocess.run([bin_, "archive", "stats", "--db", db], check=True,
                                          stdout=subprocess.PIPE).stdout)
        assert stats["articles"] == len(ids), stats
        # A second rerun changes nothing.
        r = subprocess.run(add(db), check=True, stderr=subprocess.PIPE, text=True)
        assert " 0 added, 0 replaced, %d unchanged" % len(ids) in r.stderr, r.stderr
        print("rerun: %d articles, each once; integrity ok; %d check(s) ran during the add" % (n, checks))


if __name__ == "__main__":
    main()
