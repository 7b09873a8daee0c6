#!/usr/bin/python3
"""Writes a WARC shaped like a crawl: per page a request, a response (HTML, cut to --cut bytes)
and a metadata record, each its own gzip member, from a folder of (optionally gzipped) pages.

    /usr/bin/python3 bench/gen_warc.py ../shared/data/aeb-dev/html /tmp/mixed.warc.gz --reps 40

Used for the WARC reading figure in docs/benchmarks.md (build-bench/bench/warc_read).
"""
import argparse
import glob
import gzip
import os
import uuid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages")
    ap.add_argument("out")
    ap.add_argument("--reps", type=int, default=40)
    ap.add_argument("--cut", type=int, default=40000)
    args = ap.parse_args()
    pages = sorted(glob.glob(os.path.join(args.pages, "*")))
    n = 0
    with open(args.out, "wb") as out:
        def record(kind, uri, ctype, block):
            nonlocal n
            n += 1
            head = ("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
                    "WARC-Date: 2025-08-28T00:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
                    % (kind, uuid.UUID(int=n), uri, ctype, len(block))).encode()
            out.write(gzip.compress(head + block + b"\r\n\r\n", 6))
        for rep in range(args.reps):
            for p in pages:
                body = (gzip.open(p) if p.endswith(".gz") else open(p, "rb")).read()[:args.cut]
                uri = "http://site%d.example/%d" % (rep, n)
                record("request", uri, "application/http; msgtype=request",
                       b"GET / HTTP/1.1\r\nHost: site.example\r\nAccept: */*\r\n\r\n")
                record("response", uri, "application/http; msgtype=response",
                       b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
                       % len(body) + body)
                record("metadata", uri, "application/warc-fields", b"fetchTimeMs: 123\r\n")
    print(n, "records")


if __name__ == "__main__":
    main()
