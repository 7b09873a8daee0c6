// copydesk: finds copies of news stories and pulls out their numeric claims.
// A thin main: flags -> Options, one library call, outputs written atomically, exit codes.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <thread>
#include <system_error>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "archive/archive.h"
#include "archive/check.h"
#include "copydesk_version.h"
#include "corpus/atomic_file.h"
#include "corpus/date.h"
#include "corpus/json_writer.h"
#include "corpus/output_dir.h"
#include "corpus/parallel.h"
#include "pipeline/run.h"
#include "pipeline/claims_stream.h"
#include "pipeline/stream.h"
#include "pipeline/writers.h"
#include "report/report.h"
#ifdef COPYDESK_HAVE_MPI
#include "distributed/mpi_dedup.h"
#endif

// jemalloc's control interface when the CLI is linked with it (COPYDESK_JEMALLOC), else null.
extern "C" int mallctl(const char* name, void* old, size_t* old_len, void* value, size_t len) __attribute__((weak));

namespace {

using copydesk::pipeline::RunOptions;
using copydesk::pipeline::RunResult;

constexpr int kExitOk = 0, kExitSomeRejected = 1, kExitUsage = 2;

// CLI::Range, and a number at all: CLI11's range lets NaN through (every comparison with it is
// false), which the thresholds then carry into the bandings' arithmetic.
CLI::Validator Bounded(double lo, double hi) {
  CLI::Validator v(
      [lo, hi](std::string& s) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(s.c_str(), &end);
        if (end == s.c_str() || *end != '\0' || !std::isfinite(x)) return "not a number: " + s;
        if (x < lo || x > hi) return "value " + s + " not in range [" + CLI::detail::to_string(lo) + " - " +
                                     CLI::detail::to_string(hi) + "]";
        return "";
      },
      "[" + CLI::detail::to_string(lo) + " - " + CLI::detail::to_string(hi) + "]");
  return v;
}

// Returns what is wrong when writing `out` would replace an input: `out` is one of the files
// named as inputs (same file: device and inode), or (`out_is_dir`) a named input file lies in
// the output directory, whose set replaces it. Empty when nothing is.
std::string OutputReplacesInput(const std::vector<std::string>& inputs, const std::string& out, bool out_is_dir) {
  namespace fs = std::filesystem;
  if (out.empty()) return "";
  std::error_code ec;
  const fs::path out_path = fs::weakly_canonical(out, ec);
  for (const std::string& in : inputs) {
    if (in == "-") continue;
    if (!out_is_dir) {
      if (fs::exists(out, ec) && fs::exists(in, ec) && fs::equivalent(in, out, ec))
        return out + " is an input too: writing it would replace what is read";
      continue;
    }
    if (ec || !fs::is_regular_file(in, ec)) continue;
    const fs::path in_path = fs::weakly_canonical(in, ec);
    if (!ec && in_path.parent_path() == out_path)
      return in + " is in the output directory " + out + ", whose set would replace it";
  }
  return "";
}

struct Common {
  std::vector<std::string> inputs;
  std::string out;
  RunOptions options;
  bool quiet = false;
  bool verbose = false;
  copydesk::pipeline::StreamOptions stream;  // dedup only
};

// The progress line: on a terminal, for runs longer than a second, redrawn in place on stderr
// every quarter second (records and MB read, records/s, stage, ETA while reading when the input
// size is known); nothing when stderr is not a terminal or with --quiet.
class ProgressLine {
 public:
  ProgressLine(const Common& c, copydesk::corpus::Progress* p) : progress_(p) {
    if (c.quiet || !::isatty(STDERR_FILENO)) return;
    for (const auto& in : c.inputs) {
      std::error_code ec;
      if (in == "-" || in.ends_with(".gz")) { total_ = 0; break; }
      if (std::filesystem::is_directory(in, ec)) {
        for (auto it = std::filesystem::recursive_directory_iterator(in, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
          if (it->is_regular_file(ec)) total_ += it->file_size(ec);
      } else {
        total_ += std::filesystem::file_size(in, ec);
      }
    }
    thread_ = std::thread([this] { Loop(); });
  }
  ~ProgressLine() {
    if (!thread_.joinable()) return;
    stop_ = true;
    thread_.join();
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  void Loop() {
    const auto t0 = std::chrono::steady_clock::now();
    while (!stop_) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (s < 1 || stop_) continue;
      const uint64_t n = progress_->records.load(std::memory_order_relaxed);
      const uint64_t b = progress_->bytes.load(std::memory_order_relaxed);
      const char* stage = progress_->stage.load();
      char eta[48] = "";
      const bool reading = std::string_view(stage) == "read";  // streaming reads run ahead: no ETA
      if (reading && total_ > 0 && b > 0 && b < total_)
        std::snprintf(eta, sizeof eta, ", ETA %.0f s", (total_ - b) / (b / s));
      // After the reading, the counts are what was read and the time is the stage's run so far
      // (a rate over the whole run would decay as the later stages run).
      if (!reading && stage != last_stage_) {
        last_stage_ = stage;
        stage_start_ = s;
      }
      if (reading)
        std::fprintf(stderr, "\r\033[Kcopydesk: %s: %llu records, %.1f MB read, %.0f records/s%s", stage,
                     static_cast<unsigned long long>(n), b / 1e6, n / s, eta);
      else
        std::fprintf(stderr, "\r\033[Kcopydesk: %s: %.1f s (%llu records, %.1f MB read)", stage, s - stage_start_,
                     static_cast<unsigned long long>(n), b / 1e6);
      drawn_ = true;
    }
  }
  copydesk::corpus::Progress* progress_;
  uint64_t total_ = 0;
  std::atomic<bool> stop_{false};
  bool drawn_ = false;
  const char* last_stage_ = nullptr;  // the stage after the reading, and when it was first seen
  double stage_start_ = 0;
  std::thread thread_;
};

// With -v: what was read, and each stage's time.
void LogStages(const Common& c, const copydesk::corpus::ReadReport& read,
               const std::vector<copydesk::pipeline::StageTiming>& timings) {
  if (!c.verbose) return;
  uint64_t skipped_records = 0;
  for (const auto& [reason, n] : read.skipped_records) skipped_records += n;
  std::fprintf(stderr,
               "copydesk: read %llu record(s) from %llu file(s): %zu rejected, %zu warning(s), %zu file(s) "
               "and %llu WARC record(s) skipped\n",
               static_cast<unsigned long long>(read.records_read), static_cast<unsigned long long>(read.input_files),
               read.rejected.size(), read.warnings.size(), read.skipped.size(),
               static_cast<unsigned long long>(skipped_records));
  for (const auto& t : timings) std::fprintf(stderr, "copydesk: stage %s: %.3f s\n", t.stage.c_str(), t.seconds);
}

// Which option groups a subcommand takes besides reading and normalizing.
enum OptionGroups : unsigned { kDedupOptions = 1, kClaimOptions = 2, kAllOptions = 3 };

void AddCommon(CLI::App* cmd, Common* c, bool out_is_dir, unsigned groups = kAllOptions) {
  cmd->add_option("inputs", c->inputs, "Files or directories (.txt .html .jsonl .warc, optionally .gz); - reads standard input (see --stdin-format)")
      ->required();
  CLI::Option* out =
      cmd->add_option("--out,-o", c->out,
                      out_is_dir ? "Output directory (created if missing)" : "Write to this file instead of stdout (-: stdout)")
          ->required(out_is_dir);
  // "-o -" is standard output, as "-" is standard input among the inputs (never a file named "-").
  if (!out_is_dir) out->transform([](std::string v) { return v == "-" ? std::string() : v; });
  cmd->add_option("--threads,-j", c->options.threads, "Worker threads (0 = all cores)")->capture_default_str()->check(Bounded(0, 1024));
  cmd->add_flag("--quiet,-q", c->quiet, "No progress line on the terminal");
  cmd->add_flag("--verbose,-v", c->verbose, "Log each stage's time and counts");
  // A subcommand without a group still accepts its options, as earlier versions did, so that
  // scripts keep working; they do nothing there and are left out of its --help.
  const std::string dedup_group = (groups & kDedupOptions) ? "Options" : "";
  const std::string claim_group = (groups & kClaimOptions) ? "Options" : "";
  {
    cmd->add_option("--shingle-k", c->options.dedup.shingles.k, "Words per shingle")->capture_default_str()->check(Bounded(1, 64))->group(dedup_group);
    cmd->add_option("--num-perm", c->options.dedup.minhash.num_perm, "MinHash signature length")->capture_default_str()->check(Bounded(8, 4096))->group(dedup_group);
    cmd->add_option("--threshold", c->options.dedup.jaccard_threshold, "Jaccard threshold for a copy")->capture_default_str()->check(Bounded(0.01, 1.0))->group(dedup_group);
    cmd->add_option("--containment", c->options.dedup.containment_threshold, "Containment threshold for a partial copy")->capture_default_str()->check(Bounded(0.01, 1.0))->group(dedup_group);
    cmd->add_option("--heavy-containment", c->options.dedup.heavy_containment_threshold,
                    "Containment of the smaller article for a heavily edited copy (above 1: off)")->capture_default_str()->check(Bounded(0.01, 2.0))->group(dedup_group);
    cmd->add_option("--heavy-share", c->options.dedup.heavy_larger_share,
                    "... and share of the larger article it must hold")->capture_default_str()->check(Bounded(0.0, 1.0))->group(dedup_group);
    cmd->add_option("--evidence", c->options.dedup.evidence_containment,
                    "Containment of the smaller article that makes it a roundup's quote for the chaining guard")->capture_default_str()->check(Bounded(0.0, 1.0))->group(dedup_group);
    cmd->add_option("--bridge-share", c->options.dedup.bridge_shared_share,
                    "Chaining guard: share of what a pivot shares with two neighbours that all three must hold")->capture_default_str()->check(Bounded(0.0, 1.0))->group(dedup_group);
    cmd->add_option("--opening-share", c->options.dedup.opening_share,
                    "Chaining guard: share of a story's opening sample an article must hold to quote its opening (above 1: off)")->capture_default_str()->check(Bounded(0.0, 2.0))->group(dedup_group);
    cmd->add_option("--reworded-jaccard", c->options.dedup.reworded_jaccard,
                    "Reworded copies: estimated Jaccard of the loose grams (word pairs, short character grams) a pair needs (above 1: off)")->capture_default_str()->check(Bounded(0.0, 2.0))->group(dedup_group);
    cmd->add_option("--reworded-wide", c->options.dedup.reworded_wide,
                    "Reworded copies by the wide (160-value) samples: the estimated Jaccard a pair needs (above 1: off)")->capture_default_str()->check(Bounded(0.0, 2.0))->group(dedup_group);
    cmd->add_option("--reworded-blocks", c->options.dedup.reworded_wide_blocks,
                    "Reworded copies that moved paragraphs: share of the wide samples' shared values in rising runs a pair needs instead of being in order (above 1: off)")->capture_default_str()->check(Bounded(0.0, 2.0))->group(dedup_group);
    cmd->add_option("--anchor-rate", c->options.dedup.anchor_rate,
                    "Share of shingle values used as anchors for candidates (0: none)")->capture_default_str()->check(Bounded(0.0, 1.0))->group(dedup_group);
    cmd->add_flag("!--no-loose-candidates", c->options.dedup.loose_candidates,
                  "Do not propose pairs whose loose-gram samples share values (reworded copies that share few shingles)")->group(dedup_group);
    cmd->add_option("--char-k", c->options.dedup.shingles.char_k,
                    "Characters per shingle in scripts without reliable spaces (Arabic, Thai, ...)")->capture_default_str()->check(Bounded(1, 64))->group(dedup_group);
    cmd->add_option("--char-k-han", c->options.dedup.shingles.char_k_han,
                    "Characters per shingle in Chinese")->capture_default_str()->check(Bounded(1, 64))->group(dedup_group);
    cmd->add_option("--char-k-kana", c->options.dedup.shingles.char_k_kana,
                    "Characters per shingle in Japanese")->capture_default_str()->check(Bounded(1, 64))->group(dedup_group);
    cmd->add_flag("!--no-reports", c->options.dedup.reports, "Skip per-copy paragraph reports")->group(dedup_group);
  }
  cmd->add_flag("!--no-boilerplate", c->options.normalize.remove_boilerplate, "Keep page boilerplate");
  // (Counts and sizes are checked as numbers: CLI11 would read "-5" into an unsigned size as a
  // huge one, which turns the limit off.)
  cmd->add_option("--max-record-bytes", c->options.read.max_record_bytes,
                  "Reject a file (after decompression) or JSONL line larger than this")->capture_default_str()->check(Bounded(1, 1e15));
  cmd->add_option("--max-bad-lines", c->options.read.max_bad_lines,
                  "Stop reading a JSONL file after this many rejected lines in a row")->capture_default_str()->check(Bounded(1, 1e15));
  cmd->add_option("--stdin-format", c->options.read.stdin_format, "What - (stdin) holds: auto, jsonl, warc, html or text")
      ->capture_default_str()->check(CLI::IsMember({"auto", "jsonl", "warc", "html", "text"}));
  auto& f = c->options.read.fields;
  cmd->add_option("--text-field", f.text, "JSONL field holding the article text")->capture_default_str();
  cmd->add_option("--id-field", f.id, "JSONL field holding the id (missing: file stem and line)")->capture_default_str();
  cmd->add_option("--url-field", f.url, "JSONL field holding the URL")->capture_default_str();
  cmd->add_option("--date-field", f.date, "JSONL field holding the publication date")->capture_default_str();
  cmd->add_option("--title-field", f.title, "JSONL field holding the title")->capture_default_str();
  cmd->add_option("--source-field", f.source, "JSONL field holding the outlet name")->capture_default_str();
  cmd->add_flag("--follow-links", c->options.read.follow_links,
                "In directories, also read symbolic links that lead out of the input tree");
  {
    cmd->add_option("--max-claims-per-article", c->options.claims.max_claims_per_article,
                    "Report at most this many claims per article (the rest is counted in a warning)")->capture_default_str()->check(Bounded(0, 1e9))->group(claim_group);
    cmd->add_option("--max-claims-per-sentence", c->options.claims.max_claims_per_sentence,
                    "Report at most this many claims per sentence")->capture_default_str()->check(Bounded(0, 1e9))->group(claim_group);
  }
  cmd->add_flag("--source-map", c->options.normalize.keep_source_map,
                "Map normalized text back to the input: source_map in articles, source_span in claims (text input)");
}

// `s` on one line: a line break in a file's name or an id is written "\n" (the messages are
// one line each: "copydesk: FILE:LINE: reason").
std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

// The standard error stream's buffer, which writes a control character (but a line's end or a
// tab) as \xNN: a file's name or a scraped id can hold escape sequences that would drive the
// terminal ("\x1b[31m"). The progress line writes its own controls past it (stdio).
class PrintableStderr : public std::streambuf {
 public:
  explicit PrintableStderr(std::streambuf* to) : to_(to) {}

 protected:
  int overflow(int c) override {
    if (c == traits_type::eof()) return sync() == 0 ? 0 : traits_type::eof();
    const auto b = static_cast<unsigned char>(c);
    // A C1 control (U+0080-U+009F, "\xC2\x9B" is the terminal's CSI) is held until its second
    // byte tells it.
    if (held_c2_) {
      held_c2_ = false;
      if (b >= 0x80 && b <= 0x9F) {
        char hex[9];
        std::snprintf(hex, sizeof hex, "\\u%04X", b);
        return to_->sputn(hex, 6) == 6 ? c : traits_type::eof();
      }
      if (to_->sputc('\xC2') == traits_type::eof()) return traits_type::eof();
    }
    if (b == 0xC2) {
      held_c2_ = true;
      return c;
    }
    if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", b);
      return to_->sputn(hex, 4) == 4 ? c : traits_type::eof();
    }
    return to_->sputc(static_cast<char>(c));
  }
  int sync() override {
    if (held_c2_) {
      held_c2_ = false;
      to_->sputc('\xC2');
    }
    return to_->pubsync();
  }

 private:
  std::streambuf* to_;
  bool held_c2_ = false;
};

void PrintRejections(const copydesk::corpus::ReadReport& read) {
  for (const auto& rej : read.rejected)
    std::cerr << "copydesk: " << OneLine(rej.origin.ToString()) << ": " << OneLine(rej.reason) << "\n";
  for (const auto& w : read.warnings)
    std::cerr << "copydesk: warning: " << (w.origin.file.empty() ? "" : OneLine(w.origin.ToString()) + ": ")
              << OneLine(w.reason) << "\n";
}

int ExitFor(const copydesk::corpus::ReadReport& read, size_t processed) {
  if (processed == 0) {
    std::cerr << "copydesk: no usable input: " << read.rejected.size() << " record(s) rejected";
    // Files a directory walk passed over are named: a directory of .md files read nothing.
    if (!read.skipped.empty()) {
      std::cerr << ", " << read.skipped.size() << " file(s) skipped (" << read.skipped.front().path << ": "
                << read.skipped.front().reason << (read.skipped.size() > 1 ? "; ..." : "") << ")";
    }
    std::cerr << "\n";
    return kExitUsage;
  }
  return read.rejected.empty() ? kExitOk : kExitSomeRejected;
}

// Writes clusters.json as the clusters come, to `path` (atomically) or to stdout. Under mpirun
// (Open MPI sets OMPI_COMM_WORLD_SIZE), with a build that has MPI, the ranks share the work and
// rank 0 writes.
int StreamDedup(const Common& c) {
  namespace cp = copydesk::pipeline;
#ifdef COPYDESK_HAVE_MPI
  std::optional<copydesk::distributed::Session> session;
  const char* rank = std::getenv("OMPI_COMM_WORLD_RANK");
  const char* ranks = std::getenv("OMPI_COMM_WORLD_SIZE");
  if (rank != nullptr && ranks != nullptr) session.emplace(std::atoi(rank), std::atoi(ranks));
  const bool root = !session || session->rank() == 0;
#else
  const bool root = true;
#endif
  copydesk::corpus::AtomicFile file;
  // Every rank learns whether the output can be written before any work: a rank that returned
  // alone would leave the others waiting in their first exchange.
  bool ok = true;
  if (std::string clash = OutputReplacesInput(c.inputs, c.out, false); !clash.empty()) {
    if (root) std::cerr << "copydesk: " << clash << "\n";
    ok = false;
  } else if (!c.out.empty() && root) {
    copydesk::Status s = file.Open(c.out);
    if (!s.ok()) {
      std::cerr << "copydesk: " << s.message() << "\n";
      ok = false;
    }
  }
#ifdef COPYDESK_HAVE_MPI
  if (session && !session->AllAgree(ok)) return kExitUsage;
#endif
  if (!ok) return kExitUsage;
  std::string buf = cp::kClustersOpen;
  size_t written = 0;
  auto flush = [&]() -> copydesk::Status {
    copydesk::Status s = c.out.empty() ? copydesk::corpus::WriteAll(STDOUT_FILENO, buf, "standard output")
                                       : file.Append(buf);
    buf.clear();
    return s;
  };
  auto json_sink = [&](std::string_view json) -> copydesk::Status {
    if (written++ > 0) buf.push_back(',');
    buf += json;
    return buf.size() >= (1u << 20) ? flush() : copydesk::Status::Ok();
  };
  copydesk::corpus::Progress progress;
  Common run = c;
  run.options.progress = &progress;
  run.options.read.progress = &progress;
  std::optional<ProgressLine> line;
  if (root) line.emplace(c, &progress);
#ifdef COPYDESK_HAVE_MPI
  auto result = session ? copydesk::distributed::MpiDedup(*session, c.inputs, run.options, c.stream, json_sink)
                        : cp::StreamDedupJson(c.inputs, run.options, c.stream, &std::cin, json_sink);
#else
  auto result = cp::StreamDedupJson(c.inputs, run.options, c.stream, &std::cin, json_sink);
#endif
  line.reset();
  if (!result.ok()) {
    if (root) std::cerr << "copydesk: " << result.status().message() << "\n";
    return kExitUsage;
  }
  const cp::StreamResult& r = result.value();
  if (!root)  // rank 0 reports; the others exit with the same code
    return r.stats.articles == 0 ? kExitUsage : r.read.rejected.empty() ? kExitOk : kExitSomeRejected;
  PrintRejections(r.read);
  int rc = ExitFor(r.read, r.stats.articles);
  if (rc == kExitUsage) return rc;
  buf += cp::kClustersClose;
  copydesk::Status s = flush();
  if (s.ok() && !c.out.empty()) s = file.Commit();
  if (!s.ok()) {
    std::cerr << "copydesk: " << s.message() << "\n";
    return kExitUsage;
  }
  LogStages(c, r.read, r.timings);
  std::cerr << "copydesk: " << r.stats.articles << " article(s), " << r.read.rejected.size()
            << " rejected, " << r.clusters << " cluster(s); sketches "
            << r.sketch_bytes / (1 << 20) << " MiB;";
  for (const auto& t : r.timings) {
    char seconds[32];  // as -v prints them ("0.000 s"), not "6.6867e-05 s"
    std::snprintf(seconds, sizeof seconds, "%.3f", t.seconds);
    std::cerr << " " << t.stage << " " << seconds << " s";
  }
  std::cerr << "\n";
  return rc;
}

// Writes DIR/report.html from the outputs of a run in DIR.
int Report(const std::string& dir, const copydesk::report::ReportOptions& options, bool quiet) {
  copydesk::Status s = copydesk::report::WriteReport(dir, options);
  if (!s.ok()) {
    std::cerr << "copydesk: " << s.message() << "\n";
    return kExitUsage;
  }
  if (!quiet) std::cerr << "copydesk: report in " << dir << "/report.html\n";
  return kExitOk;
}

// Writes claims.jsonl as the batches come, to `path` (atomically) or to stdout.
// Writes claims.jsonl (or, with `articles`, the normalized articles) as the batches come, to
// `c.out` (atomically) or to stdout.
int StreamLines(const Common& c, bool articles) {
  namespace cp = copydesk::pipeline;
  copydesk::corpus::AtomicFile file;
  if (std::string clash = OutputReplacesInput(c.inputs, c.out, false); !clash.empty()) {
    std::cerr << "copydesk: " << clash << "\n";
    return kExitUsage;
  }
  if (!c.out.empty()) {
    copydesk::Status s = file.Open(c.out);
    if (!s.ok()) {
      std::cerr << "copydesk: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  auto sink = [&](std::string_view lines) -> copydesk::Status {
    return c.out.empty() ? copydesk::corpus::WriteAll(STDOUT_FILENO, lines, "standard output") : file.Append(lines);
  };
  copydesk::corpus::Progress progress;
  Common run = c;
  run.options.progress = &progress;
  run.options.read.progress = &progress;
  std::optional<ProgressLine> line(std::in_place, c, &progress);
  auto result = articles ? cp::StreamArticles(c.inputs, run.options, {}, &std::cin, sink)
                         : cp::StreamClaims(c.inputs, run.options, {}, &std::cin, sink);
  line.reset();
  if (!result.ok()) {
    std::cerr << "copydesk: " << result.status().message() << "\n";
    return kExitUsage;
  }
  const cp::ClaimStreamResult& r = result.value();
  PrintRejections(r.read);
  int rc = ExitFor(r.read, r.articles);
  if (rc == kExitUsage) return rc;
  if (!c.out.empty()) {
    copydesk::Status s = file.Commit();
    if (!s.ok()) {
      std::cerr << "copydesk: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  LogStages(c, r.read, r.timings);
  return rc;
}

bool Emit(const std::string& path, const std::string& data) {
  copydesk::Status s = path.empty() ? copydesk::corpus::WriteAll(STDOUT_FILENO, data, "standard output")
                                    : copydesk::corpus::WriteFileAtomically(path, data);
  if (!s.ok()) std::cerr << "copydesk: " << s.message() << "\n";
  return s.ok();
}

// The files a run writes into --out (and report.html, which `copydesk report` adds).
constexpr std::string_view kRunOutputs[] = {"articles.jsonl", "clusters.json", "claims.jsonl",
                                            "claims_merged.jsonl", "manifest.json"};

// Writes a run's output set into c.out (locked by `out_dir`), and report.html with `html`;
// `copydesk run` and `copydesk check` write the same records.
bool WriteRunSet(const Common& c, const RunResult& r, bool html, copydesk::corpus::OutputDir* out_dir) {
  namespace cp = copydesk::pipeline;
  // The set appears whole or not at all; the manifest is written last, then the report of
  // the set (--html), which is rendered from the outputs as written.
  std::string kept[5];  // the outputs, kept for the report only
  copydesk::Status s = copydesk::Status::Ok();
  auto write = [&](int i, std::string data) {
    if (s.ok()) s = out_dir->Write(std::string(kRunOutputs[i]), data);
    if (html) kept[i] = std::move(data);
  };
  write(0, cp::ArticlesJsonl(r));
  write(1, cp::ClustersJson(r, c.options.dedup.reports));
  write(2, cp::ClaimsJsonl(r));
  write(3, cp::MergedClaimsJsonl(r));
  write(4, cp::ManifestJson(r, c.inputs, c.options, COPYDESK_VERSION));
  if (s.ok() && html) {
    auto page = copydesk::report::RenderReport(
        copydesk::report::RunOutputs{c.out, kept[0], kept[1], kept[2], kept[3], kept[4]}, {});
    s = page.ok() ? out_dir->Write("report.html", page.value()) : page.status();
  }
  if (s.ok()) s = out_dir->Commit();
  if (!s.ok()) std::cerr << "copydesk: " << s.message() << " (the previous outputs, if any, are unchanged)\n";
  if (s.ok()) {
    std::cerr << "copydesk: " << r.docs.size() << " article(s) processed, " << r.read.rejected.size()
              << " rejected, " << r.dedup.clusters.size() << " cluster(s), " << r.claims.size()
              << " claim(s); outputs in " << c.out << "/\n";
  }
  return s.ok();
}

// ---- copydesk archive add | stats | remove, and copydesk check (archive/) ----

struct ArchiveFlags {
  std::string db;
  std::string before, since;
  bool add = false;
  bool html = true;
  bool check = false;  // stats --check: read the whole archive back
  copydesk::archive::ArchiveOptions options;
};

// Reads a date flag (any form corpus/date.h reads) as seconds.
std::optional<int64_t> ParseDateFlag(const std::string& flag, const std::string& value) {
  auto t = copydesk::corpus::ParseDate(value);
  if (!t) std::cerr << "copydesk: " << flag << " " << value << ": not a date (try 2025-08-28)\n";
  return t ? std::optional(t->seconds) : std::nullopt;
}

std::string DateString(int64_t seconds) {
  return copydesk::corpus::FormatInstant({seconds, true});
}

// An archive add's working set is the same batch after batch: keep what a batch frees for the
// next. jemalloc (when the CLI is linked with it) would give freed pages back to the kernel
// over its decay time, and the next batch would fault in fresh zeroed huge pages (~8% of an
// add's cpu, perf); its memory stays one batch's either way (docs/memory.md).
void KeepFreedMemory() {
  if (mallctl == nullptr) return;  // not linked with jemalloc
  ssize_t never = -1;
  for (const char* k : {"dirty_decay_ms", "muzzy_decay_ms"}) {
    const std::string all = std::string("arenas.") + k;  // arenas made from now on
    (void)mallctl(all.c_str(), nullptr, nullptr, &never, sizeof(never));
  }
  unsigned arenas = 0;
  size_t len = sizeof(arenas);
  if (mallctl("arenas.narenas", &arenas, &len, nullptr, 0) != 0) return;
  for (unsigned i = 0; i < arenas; ++i)  // and those that exist (an unused one just refuses)
    for (const char* k : {"dirty_decay_ms", "muzzy_decay_ms"}) {
      const std::string one = "arena." + std::to_string(i) + "." + k;
      (void)mallctl(one.c_str(), nullptr, nullptr, &never, sizeof(never));
    }
}

int ArchiveAdd(const Common& c, const ArchiveFlags& f) {
  namespace ca = copydesk::archive;
  KeepFreedMemory();
  std::error_code ec;
  const bool existed = std::filesystem::exists(f.db, ec);
  auto a = ca::Archive::Open(f.db, f.options, ca::OpenMode::kCreate, &c.options.dedup, c.options.normalize);
  if (!a.ok()) {
    std::cerr << "copydesk: " << a.status().message() << "\n";
    return kExitUsage;
  }
  copydesk::corpus::Progress progress;
  RunOptions run = c.options;
  run.progress = &progress;
  run.read.progress = &progress;
  std::optional<ProgressLine> line(std::in_place, c, &progress);
  const auto start = std::chrono::steady_clock::now();
  auto r = a.value()->AddInputs(c.inputs, run, &std::cin);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  line.reset();
  if (!r.ok()) {
    std::cerr << "copydesk: " << r.status().message() << " (the batches committed before stay archived; "
              << "rerun the same add to complete it)\n";
    return kExitUsage;
  }
  const ca::AddReport& rep = r.value();
  PrintRejections(rep.read);
  // (-v: what was read, and the add's time: reading, normalizing, sketching and writing overlap.)
  LogStages(c, rep.read, {{"read+normalize+sketch+write", seconds}});
  for (size_t i = 0; i < rep.replaced_ids.size() && i < 10; ++i)
    std::cerr << "copydesk: replaced " << OneLine(rep.replaced_ids[i]) << " (its text or metadata changed)\n";
  if (rep.replaced > 10) std::cerr << "copydesk: ... and " << rep.replaced - 10 << " more replaced\n";
  std::cerr << "copydesk: " << rep.added << " added, " << rep.replaced << " replaced, " << rep.unchanged
            << " unchanged, " << rep.read.rejected.size() << " rejected; " << rep.batches << " batch(es) committed to "
            << f.db << "\n";
  // (A refused record was read and understood: the input was usable.)
  const int rc = ExitFor(rep.read, rep.added + rep.replaced + rep.unchanged + rep.refused);
  if (rc == kExitUsage && !existed && rep.added == 0) {
    // No usable input (a misspelt path): the archive this add made, empty, is not left behind.
    a.value().reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(f.db + suffix, ec);
    std::cerr << "copydesk: " << f.db << " not created\n";
  }
  return rc;
}

int ArchiveStats(const ArchiveFlags& f) {
  namespace ca = copydesk::archive;
  auto a = ca::Archive::Open(f.db, f.options, ca::OpenMode::kReadOnly, nullptr);
  if (!a.ok()) {
    std::cerr << "copydesk: " << a.status().message() << "\n";
    return kExitUsage;
  }
  auto st = a.value()->Stats();
  if (copydesk::Status stable = a.value()->ReadStable(); !stable.ok()) st = stable;
  if (!st.ok()) {
    std::cerr << "copydesk: " << st.status().message() << "\n";
    return kExitUsage;
  }
  const ca::ArchiveStats& s = st.value();
  // --check: the whole archive read back in one snapshot (a writer's commits are not half seen).
  uint64_t articles_read = 0, pairs_read = 0;
  copydesk::Status checked;
  if (f.check) {
    checked = a.value()->Begin(false);
    if (checked.ok()) checked = a.value()->Verify(&articles_read, &pairs_read);
    a.value()->Rollback();
    if (copydesk::Status stable = a.value()->ReadStable(); checked.ok() && !stable.ok()) checked = stable;
  }
  std::string out;
  copydesk::corpus::JsonWriter w(&out);
  w.BeginObject();
  w.Key("archive"); w.String(f.db);
  w.Key("schema_version"); w.Int(s.schema_version);
  w.Key("articles"); w.UInt(s.articles);
  w.Key("bytes"); w.UInt(s.bytes);
  w.Key("wal_bytes"); w.UInt(s.wal_bytes);
  w.Key("bytes_per_article"); w.UInt(s.articles ? s.bytes / s.articles : 0);
  w.Key("first"); if (s.first) w.String(DateString(*s.first)); else w.Null();
  w.Key("last"); if (s.last) w.String(DateString(*s.last)); else w.Null();
  w.Key("shingle_k"); w.Raw(s.shingle_k);
  w.Key("num_perm"); w.Raw(s.num_perm);
  w.Key("bands"); w.String(s.bands);
  w.Key("anchors"); w.String(s.anchors);
  w.Key("loose_keys"); w.UInt(s.loose_keys);
  if (f.check) {
    w.Key("check"); w.String(checked.ok() ? "ok" : "damaged");
    w.Key("articles_read"); w.UInt(articles_read);
    w.Key("key_pairs_read"); w.UInt(pairs_read);
  }
  w.EndObject();
  out.push_back('\n');
  if (!Emit("", out)) return kExitUsage;
  if (!checked.ok()) {
    std::cerr << "copydesk: " << checked.message() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

int ArchiveRemove(const ArchiveFlags& f) {
  namespace ca = copydesk::archive;
  auto before = ParseDateFlag("--before", f.before);
  if (!before) return kExitUsage;
  auto a = ca::Archive::Open(f.db, f.options, ca::OpenMode::kReadWrite, nullptr);
  if (!a.ok()) {
    std::cerr << "copydesk: " << a.status().message() << "\n";
    return kExitUsage;
  }
  auto n = a.value()->RemoveBefore(*before);
  if (!n.ok()) {
    std::cerr << "copydesk: " << n.status().message() << "\n";
    return kExitUsage;
  }
  std::cerr << "copydesk: " << n.value() << " article(s) dated before " << DateString(*before) << " removed from "
            << f.db << "\n";
  return kExitOk;
}

int Check(const Common& c, const ArchiveFlags& f) {
  namespace ca = copydesk::archive;
  ca::CheckOptions options;
  options.add = f.add;
  if (!f.since.empty()) {
    options.since = ParseDateFlag("--since", f.since);
    if (!options.since) return kExitUsage;
  }
  copydesk::corpus::OutputDir out_dir;
  if (!c.out.empty()) {
    if (std::string clash = OutputReplacesInput(c.inputs, c.out, true); !clash.empty()) {
      std::cerr << "copydesk: " << clash << "\n";
      return kExitUsage;
    }
    copydesk::Status s = out_dir.Begin(c.out, {kRunOutputs[0], kRunOutputs[1], kRunOutputs[2], kRunOutputs[3],
                                               kRunOutputs[4], "report.html"});
    if (!s.ok()) {
      std::cerr << "copydesk: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  // (--add writes to an archive that must be there: a mistyped name would make a new, empty
  // one and report no copies.)
  auto a = ca::Archive::Open(f.db, f.options, f.add ? ca::OpenMode::kReadWrite : ca::OpenMode::kReadOnly,
                             &c.options.dedup, c.options.normalize);
  if (!a.ok()) {
    std::cerr << "copydesk: " << a.status().message() << "\n";
    return kExitUsage;
  }
  ca::CheckStats stats;
  copydesk::corpus::Progress progress;
  RunOptions run_options = c.options;
  run_options.progress = &progress;
  run_options.read.progress = &progress;
  std::optional<ProgressLine> line(std::in_place, c, &progress);
  auto result = ca::Check(*a.value(), c.inputs, run_options, options, &std::cin, &stats);
  line.reset();
  if (!result.ok()) {
    std::cerr << "copydesk: " << result.status().message() << "\n";
    return kExitUsage;
  }
  RunResult& r = result.value();
  // Articles --add refused (another story under an archived id): checked, not archived; listed
  // with the rejections (stderr, manifest.json).
  for (auto& refused : stats.added.read.rejected) r.read.rejected.push_back(std::move(refused));
  LogStages(c, r.read, r.timings);
  PrintRejections(r.read);
  int rc = ExitFor(r.read, stats.new_articles);
  if (rc == kExitUsage) return rc;
  std::cerr << "copydesk: " << stats.new_articles << " new article(s) checked against " << f.db << ": "
            << stats.reached << " archived article(s) reached (" << stats.candidates << " read back, "
            << stats.rounds << " round(s))";
  if (c.verbose) std::cerr << "; band-key lookups " << stats.lookup_seconds << " s, read back " << stats.load_seconds << " s";
  if (f.add) {
    std::cerr << "; " << stats.added.added << " added, " << stats.added.replaced << " replaced";
    if (stats.added.refused > 0) std::cerr << ", " << stats.added.refused << " refused";
  }
  std::cerr << "\n";
  if (c.out.empty()) return Emit("", copydesk::pipeline::ClustersJson(r, c.options.dedup.reports)) ? rc : kExitUsage;
  return WriteRunSet(c, r, f.html, &out_dir) ? rc : kExitUsage;
}

}  // namespace

int Main(int argc, char** argv) {
  // Keep freed memory in the process: on VMs a page fault costs more than the memory it saves,
  // and the stages free and reallocate buffers of similar sizes one after another.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 64 << 20);
  CLI::App app{"copydesk: finds which news articles are copies of one another and extracts their numeric claims"};
  app.set_version_flag("--version,-V", std::string("copydesk ") + COPYDESK_VERSION);
  app.require_subcommand(1);
  Common run, norm, dedup, claims;
  bool run_html = false;
  CLI::App* run_cmd = app.add_subcommand("run", "Normalize, deduplicate and extract claims; write articles.jsonl, clusters.json, claims.jsonl, claims_merged.jsonl, manifest.json to --out");
  AddCommon(run_cmd, &run, true);
  run_cmd->add_flag("--html", run_html, "Also write report.html, the editors' HTML report (as copydesk report)");
  AddCommon(app.add_subcommand("normalize", "Write normalized articles as JSONL"), &norm, false, 0);
  CLI::App* dedup_cmd = app.add_subcommand("dedup", "Write near-duplicate clusters as JSON");
  AddCommon(dedup_cmd, &dedup, false, kDedupOptions);
  dedup_cmd->add_option("--batch-bytes", dedup.stream.batch_bytes,
                        "Text read, normalized and sketched per batch (site lines are judged on the batches so far)")
      ->capture_default_str()->check(Bounded(size_t{1}, size_t{1} << 40));
  dedup_cmd->add_option("--temp-dir", dedup.stream.spill_dir,
                        "Directory for the unlinked file that holds the shingle sets (default: $TMPDIR, else /tmp)")
      ->check(CLI::ExistingDirectory);
  AddCommon(app.add_subcommand("claims", "Write numeric claims as JSONL, streaming, in input order"), &claims, false,
            kClaimOptions);
  std::string report_dir;
  copydesk::report::ReportOptions report_options;
  CLI::App* report_cmd = app.add_subcommand("report", "Write OUTDIR/report.html, one self-contained HTML page for editors, from the outputs of copydesk run");
  report_cmd->add_option("outdir", report_dir, "Directory written by copydesk run --out")->required();
  report_cmd->add_option("--page-size", report_options.page_size, "Clusters the page draws at a time")->capture_default_str()->check(Bounded(1, 100000));
  bool report_quiet = false;
  report_cmd->add_flag("--quiet,-q", report_quiet, "No line naming the page written");
  // The archive (archive/): add, stats, remove; and check against it.
  Common archive_add, check;
  ArchiveFlags archive_flags;
  CLI::App* archive_cmd = app.add_subcommand("archive", "Keep articles in an SQLite archive to check new ones against (docs/archive.md)");
  archive_cmd->require_subcommand(1);
  CLI::App* add_cmd = archive_cmd->add_subcommand("add", "Normalize, sketch and store articles in the archive (idempotent by id)");
  AddCommon(add_cmd, &archive_add, false, kDedupOptions);  // (the sketch's settings; no claims are kept)
  add_cmd->remove_option(add_cmd->get_option("--out"));  // an add writes only the archive
  CLI::App* stats_cmd = archive_cmd->add_subcommand("stats", "Print the archive's article count, size, date range and schema version as JSON");
  stats_cmd->add_flag("--check", archive_flags.check,
                      "Also read the whole archive back (SQLite's quick_check, every key block, every article) and name any damage (exit 2)");
  CLI::App* remove_cmd = archive_cmd->add_subcommand("remove", "Remove the articles dated before a date (retention window)");
  remove_cmd->add_option("--before", archive_flags.before, "Remove articles dated before this date")->required();
  CLI::App* check_cmd = app.add_subcommand("check", "Find which new articles copy archived ones: the records of copydesk run (and report.html) over archive + new, with archive_id");
  AddCommon(check_cmd, &check, false);
  check_cmd->get_option("--out")->description("Output directory, as copydesk run writes (with report.html); without it, clusters.json goes to stdout");
  check_cmd->add_flag("--add", archive_flags.add, "Also add the new articles to the archive, in the same transaction");
  check_cmd->add_option("--since", archive_flags.since, "Only archived articles dated on or after this date");
  // Two flags that exclude each other, not CLI11's "--html,!--no-html", whose help reads
  // "--html,--no-html{false}".
  CLI::Option* html_flag = check_cmd->add_flag_callback("--html", [&] { archive_flags.html = true; },
                                                        "With --out, write report.html (the default)");
  html_flag->disable_flag_override();  // "--html=false" is refused, not taken for --html
  check_cmd->add_flag_callback("--no-html", [&] { archive_flags.html = false; }, "With --out, do not write report.html")
      ->excludes(html_flag)
      ->disable_flag_override();
  for (CLI::App* cmd : {add_cmd, stats_cmd, remove_cmd, check_cmd})
    cmd->add_option("--db", archive_flags.db, "The archive file (SQLite)")->required();
  add_cmd->add_option("--batch", archive_flags.options.batch_articles, "Articles per committed transaction")
      ->capture_default_str()->check(Bounded(1, 1000000));
  add_cmd->add_option("--compression", archive_flags.options.compression_level, "Zstandard level of the stored articles (1 fast .. 19 small)")
      ->capture_default_str()->check(Bounded(1, 19));
  add_cmd->add_option("--anchor-share", archive_flags.options.anchor_share,
                      "Share of the engine's anchors stored as lookup keys, when the archive is created (then the archive's)")
      ->capture_default_str()->check(Bounded(0.0, 1.0));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  CLI::App* cmd = app.get_subcommands().front();
  const std::string name = cmd->get_name();
  // Under mpirun (Open MPI sets OMPI_COMM_WORLD_SIZE) only dedup shares its work between the
  // ranks: any other subcommand would run once per rank, each rank over the same outputs.
  if (const char* ranks = std::getenv("OMPI_COMM_WORLD_SIZE"); name != "dedup" && ranks != nullptr && std::atoi(ranks) > 1) {
    const char* rank = std::getenv("OMPI_COMM_WORLD_RANK");
    if (rank == nullptr || std::atoi(rank) == 0)
      std::cerr << "copydesk " << name << ": only dedup runs across MPI ranks; start copydesk " << name << " without mpirun\n";
    return kExitUsage;
  }
  if (name == "report") return Report(report_dir, report_options, report_quiet);
  if (name == "archive") {
    const std::string sub = cmd->get_subcommands().front()->get_name();
    if (sub == "add") return ArchiveAdd(archive_add, archive_flags);
    if (sub == "stats") return ArchiveStats(archive_flags);
    return ArchiveRemove(archive_flags);
  }
  if (name == "check") {
    check.options.dedup.threads = check.options.threads;
    return Check(check, archive_flags);
  }
  Common& c = name == "run" ? run : name == "normalize" ? norm : name == "dedup" ? dedup : claims;
  // `claims` writes claims only: no dedup, no merge (they cost more than the extraction).
  c.options.dedup_stage = name == "run" || name == "dedup";
  c.options.claims_stage = name == "run" || name == "claims";
  if (name == "claims") c.options.dedup.reports = false;

  // The file -o writes is no input when a directory walk finds it (written into the input
  // directory, it would come back on the next run).
  if (name != "run" && c.out != "-") c.options.read.output_file = c.out;
  if (name == "dedup") return StreamDedup(c);
  if (name == "claims" || name == "normalize") return StreamLines(c, name == "normalize");

  // `run`: locked before the work starts, so that a second run into the same --out fails at once.
  if (c.out == "-") {
    std::cerr << "copydesk: run writes a set of files: give --out a directory (\"-\", standard output, is for "
                 "dedup, normalize and claims)\n";
    return kExitUsage;
  }
  if (std::string clash = OutputReplacesInput(c.inputs, c.out, true); !clash.empty()) {
    std::cerr << "copydesk: " << clash << "\n";
    return kExitUsage;
  }
  copydesk::corpus::OutputDir out_dir;
  copydesk::Status locked = out_dir.Begin(c.out, {kRunOutputs[0], kRunOutputs[1], kRunOutputs[2],
                                                  kRunOutputs[3], kRunOutputs[4], "report.html"});
  if (!locked.ok()) {
    std::cerr << "copydesk: " << locked.message() << "\n";
    return kExitUsage;
  }
  copydesk::corpus::Progress progress;
  c.options.progress = &progress;
  c.options.read.progress = &progress;
  std::optional<ProgressLine> line(std::in_place, c, &progress);
  auto result = copydesk::pipeline::Run(c.inputs, c.options, &std::cin);
  line.reset();
  if (!result.ok()) {
    std::cerr << "copydesk: " << result.status().message() << "\n";
    return kExitUsage;
  }
  const RunResult& r = result.value();
  LogStages(c, r.read, r.timings);
  PrintRejections(r.read);
  const int rc = ExitFor(r.read, r.docs.size());
  // No usable input (a misspelt path, a directory of other files): the output set already in
  // --out, if any, stays as it was.
  if (r.docs.empty() && rc == kExitUsage) {
    std::cerr << "copydesk: nothing written; " << c.out << " is left as it was\n";
    return rc;
  }
  if (!WriteRunSet(c, r, run_html, &out_dir)) return kExitUsage;
  return rc;
}

namespace {

// Ends the run on `error` with a message and exit 2.
int ExitOn(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    static const char kMsg[] = "copydesk: out of memory; no outputs were written\n";
    (void)!::write(STDERR_FILENO, kMsg, sizeof kMsg - 1);
  } catch (const std::system_error& e) {
    // A failed read or write of a file of ours (the shingle spill file): it names the file.
    std::cerr << "copydesk: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "copydesk: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "copydesk: internal error\n";
  }
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // Stages turn their own failures into messages (pipeline::RunStage); this is the last line
  // of defence, so that running out of memory anywhere ends with a message and exit 2, not an
  // abort. A worker's exception that no stage caught comes as a WorkerFailure (corpus/parallel.h).
  // Never destroyed: std::cerr is flushed after static objects are (ios_base::Init's end).
  static auto* const printable = new PrintableStderr(std::cerr.rdbuf());
  std::cerr.rdbuf(printable);
  try {
    return Main(argc, argv);
  } catch (const copydesk::corpus::WorkerFailure& f) {
    return ExitOn(f.error);
  } catch (...) {
    return ExitOn(std::current_exception());
  }
}
