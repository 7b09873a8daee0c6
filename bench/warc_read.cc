// Reads WARC files with corpus::WarcReader and prints records/s and MB/s of every record type
// (what FastWARC's benchmark counts), three times each.
//   build-bench/bench/warc_read FILE.warc[.gz]...
#include <chrono>
#include <cstdio>

#include "corpus/warc.h"

int main(int argc, char** argv) {
  using namespace copydesk::corpus;
  for (int f = 1; f < argc; ++f) {
    for (int rep = 0; rep < 3; ++rep) {
      WarcReader w;
      if (copydesk::Status s = w.Open(argv[f], {}); !s.ok()) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
      }
      WarcRecord r;
      size_t records = 0, articles = 0, bytes = 0;
      const auto t0 = std::chrono::steady_clock::now();
      for (WarcReader::Got g; (g = w.Next(&r)) != WarcReader::kEnd;) {
        ++records;
        if (g == WarcReader::kRecord) {
          ++articles;
          bytes += r.payload.size();
        }
      }
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::printf("%s: %zu records (%zu articles, %.1f MB), %.3f s: %.0f records/s\n", argv[f], records,
                  articles, bytes / 1e6, s, records / s);
    }
  }
  return 0;
}
