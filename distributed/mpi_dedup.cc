#include "distributed/mpi_dedup.h"

#include <mpi.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <future>
#include <stdexcept>
#include <thread>

#include "corpus/gzip.h"
#include "corpus/parallel.h"
#include "corpus/reader.h"
#include "corpus/warc.h"
#include "normalizers/boilerplate.h"
#include "pipeline/dedup.h"
#include "pipeline/lsh.h"
#include "pipeline/radix_sort.h"
#include "pipeline/sketch.h"
#include "pipeline/stream.h"
#include "pipeline/writers.h"

namespace copydesk::distributed {

namespace {

using pipeline::Cluster;

// sizeof(pipeline::ArticleInfo) with the fields PutInfo sends (x86-64, libstdc++).
constexpr size_t kArticleInfoSize = 696;
constexpr size_t kMemberSize = 552, kClusterSize = 104;
// The most bytes a rank reads in a round of pass 1, in kUnitsPerRank chunks by default
// (COPYDESK_MPI_CHUNK_BYTES sets the chunk's size). Many small rounds
// keep the ranks' work even when the kinds of article are not spread evenly through the input (a
// crawl sorted by site or by kind: the ranks wait for the slowest at every round), and a rank's
// buffers of a round small. Measured: docs/benchmarks.md, "Session 13", "`mpirun` chunks".
constexpr uint64_t kMaxChunkBytes = 16 << 20;
// The chunks a rank reads in a round, by default (a round's are split among the ranks by speed).
constexpr size_t kUnitsPerRank = 4;

// A flat byte buffer: what one rank sends.
class Writer {
 public:
  void U64(uint64_t v) { data_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void I64(int64_t v) { U64(static_cast<uint64_t>(v)); }
  void Str(std::string_view s) {
    U64(s.size());
    data_.append(s);
  }
  void U32s(std::span<const uint32_t> v) {
    U64(v.size());
    data_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint32_t));
  }
  std::string& data() { return data_; }

 private:
  std::string data_;
};

// Reads what a Writer wrote, in the same order.
class Cursor {
 public:
  Cursor(const char* begin, const char* end) : p_(begin), end_(end) {}
  uint64_t U64() {
    uint64_t v;
    Need(sizeof v);
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    return v;
  }
  int64_t I64() { return static_cast<int64_t>(U64()); }
  std::string_view Str() {
    const uint64_t n = U64();
    Need(n);
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }
  // Copies the values into `out` (the buffer need not be aligned).
  void U32s(std::vector<uint32_t>* out) {
    const uint64_t n = U64();
    Need(n * sizeof(uint32_t));
    out->resize(n);
    if (n > 0) std::memcpy(out->data(), p_, n * sizeof(uint32_t));
    p_ += n * sizeof(uint32_t);
  }
  bool done() const { return p_ == end_; }

 private:
  void Need(uint64_t n) const {
    if (static_cast<uint64_t>(end_ - p_) < n) throw std::runtime_error("distributed: message cut short");
  }
  const char* p_;
  const char* end_;
};

// The most bytes one MPI call moves (counts and displacements are `int`): larger exchanges go in
// rounds of at most this much into any one rank. COPYDESK_MPI_MESSAGE_BYTES lowers it (tests make
// the rounds small to exercise them).
size_t MessageBytes() {
  static const size_t bytes = [] {
    const char* e = std::getenv("COPYDESK_MPI_MESSAGE_BYTES");
    size_t v = e != nullptr ? std::strtoull(e, nullptr, 10) : 0;
    return v > 0 && v < (1ull << 30) ? v : size_t{1} << 30;
  }();
  return bytes;
}

// Waits for `request` without keeping a core busy: a rank that waits for a slower one (or for
// rank 0's clustering) would otherwise spin in MPI's progress loop and take the CPU the slower
// one needs when ranks share cores. The sizes go first this way; the data, once every rank is
// there, with MPI's own (spinning) wait.
void Wait(MPI_Request* request) {
  for (int tests = 0;; ++tests) {
    int done = 0;
    MPI_Test(request, &done, MPI_STATUS_IGNORE);
    if (done) return;
    // Sleeps from 50 us, doubling up to 1 ms: a long wait (another rank's pass 1, rank 0's
    // clustering) wakes a thousand times a second, a short one is not made much longer.
    if (tests > 100) std::this_thread::sleep_for(std::chrono::microseconds(std::min(1000, 50 << std::min(tests - 101, 5))));
  }
}

// Returns every rank's `mine`, in rank order (on rank 0 only when `root_only`), moved in rounds
// of at most MessageBytes() received by any rank.
std::vector<std::string> GatherParts(const std::string& mine, int rank, int ranks, bool root_only) {
  uint64_t n = mine.size();
  std::vector<uint64_t> sizes(ranks);
  MPI_Request request;
  MPI_Iallgather(&n, 1, MPI_UINT64_T, sizes.data(), 1, MPI_UINT64_T, MPI_COMM_WORLD, &request);
  Wait(&request);
  const bool receive = !root_only || rank == 0;
  std::vector<std::string> parts(ranks);
  if (receive)
    for (int r = 0; r < ranks; ++r) parts[r].resize(sizes[r]);
  const size_t piece = std::max<size_t>(1, MessageBytes() / ranks);
  std::vector<uint64_t> done(ranks, 0);
  std::vector<int> counts(ranks), displs(ranks);
  std::string round;
  for (;;) {
    size_t total = 0;
    for (int r = 0; r < ranks; ++r) {
      counts[r] = static_cast<int>(std::min<uint64_t>(piece, sizes[r] - done[r]));
      displs[r] = static_cast<int>(total);
      total += counts[r];
    }
    if (total == 0) break;
    // A round that holds the whole part of one rank and nothing else (the sets the one other
    // rank of a 2-rank run sends to rank 0) is received straight into that part.
    int alone = -1;
    for (int r = 0; r < ranks; ++r)
      if (counts[r] > 0) alone = alone == -1 && done[r] == 0 && static_cast<uint64_t>(counts[r]) == sizes[r] ? r : -2;
    char* into = nullptr;
    if (receive && alone >= 0) {
      into = parts[alone].data();
    } else if (receive) {
      round.resize(total);
      into = round.data();
    }
    const char* send = mine.data() + done[rank];
    if (root_only)
      MPI_Gatherv(send, counts[rank], MPI_BYTE, into, counts.data(), displs.data(), MPI_BYTE, 0, MPI_COMM_WORLD);
    else
      MPI_Allgatherv(send, counts[rank], MPI_BYTE, into, counts.data(), displs.data(), MPI_BYTE, MPI_COMM_WORLD);
    for (int r = 0; r < ranks; ++r) {
      if (receive && alone < 0 && counts[r] > 0)
        std::memcpy(parts[r].data() + done[r], round.data() + displs[r], counts[r]);
      done[r] += counts[r];
    }
  }
  return parts;
}

// Sends to_each[r] to rank r; returns what each rank sent here (rounds as GatherParts).
std::vector<std::string> AllToAll(const std::vector<std::string>& to_each, int ranks) {
  std::vector<uint64_t> send_sizes(ranks), recv_sizes(ranks);
  for (int r = 0; r < ranks; ++r) send_sizes[r] = to_each[r].size();
  MPI_Request request;
  MPI_Ialltoall(send_sizes.data(), 1, MPI_UINT64_T, recv_sizes.data(), 1, MPI_UINT64_T, MPI_COMM_WORLD, &request);
  Wait(&request);
  const size_t piece = std::max<size_t>(1, MessageBytes() / ranks);
  uint64_t my_rounds = 0, rounds = 0;
  for (int r = 0; r < ranks; ++r)
    my_rounds = std::max<uint64_t>(my_rounds, (std::max(send_sizes[r], recv_sizes[r]) + piece - 1) / piece);
  MPI_Allreduce(&my_rounds, &rounds, 1, MPI_UINT64_T, MPI_MAX, MPI_COMM_WORLD);
  std::vector<std::string> from(ranks);
  for (int r = 0; r < ranks; ++r) from[r].resize(recv_sizes[r]);
  std::vector<int> send_counts(ranks), recv_counts(ranks), send_displs(ranks), recv_displs(ranks);
  std::string send, recv;
  for (uint64_t k = 0; k < rounds; ++k) {
    send.clear();
    size_t total = 0;
    for (int r = 0; r < ranks; ++r) {
      const uint64_t at = k * piece;
      const size_t out = at < send_sizes[r] ? std::min<uint64_t>(piece, send_sizes[r] - at) : 0;
      send_displs[r] = static_cast<int>(send.size());
      send_counts[r] = static_cast<int>(out);
      if (out > 0) send.append(to_each[r], at, out);
      const size_t in = at < recv_sizes[r] ? std::min<uint64_t>(piece, recv_sizes[r] - at) : 0;
      recv_displs[r] = static_cast<int>(total);
      recv_counts[r] = static_cast<int>(in);
      total += in;
    }
    recv.resize(total);
    MPI_Alltoallv(send.data(), send_counts.data(), send_displs.data(), MPI_BYTE, recv.data(), recv_counts.data(),
                  recv_displs.data(), MPI_BYTE, MPI_COMM_WORLD);
    for (int r = 0; r < ranks; ++r)
      if (recv_counts[r] > 0) std::memcpy(from[r].data() + k * piece, recv.data() + recv_displs[r], recv_counts[r]);
  }
  return from;
}

// Sends rank 0's `data` to every rank.
void Broadcast(std::string* data, int rank) {
  uint64_t size = rank == 0 ? data->size() : 0;
  MPI_Request request;
  MPI_Ibcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD, &request);
  Wait(&request);
  data->resize(size);
  for (uint64_t at = 0; at < size; at += MessageBytes())
    MPI_Bcast(data->data() + at, static_cast<int>(std::min<uint64_t>(MessageBytes(), size - at)), MPI_BYTE, 0,
              MPI_COMM_WORLD);
}

// ArticleInfo travels field by field: a field added to it must be added to PutInfo and GetInfo
// (the size check reminds whoever adds one).
static_assert(sizeof(void*) != 8 || sizeof(pipeline::ArticleInfo) == kArticleInfoSize,
              "pipeline::ArticleInfo changed: send the new field in PutInfo/GetInfo, then update the size");

void PutInfo(const pipeline::ArticleInfo& a, Writer* w) {
  w->Str(a.id);
  w->Str(a.url);
  w->Str(a.source);
  w->Str(a.title);
  w->Str(a.published);
  w->U64(a.published_at.has_value());
  if (a.published_at) {
    w->I64(a.published_at->seconds);
    w->U64(a.published_at->has_time);
  }
  w->U64(a.wire_dateline);
  w->I64(a.dateline_day.year);
  w->I64(a.dateline_day.month);
  w->I64(a.dateline_day.day);
  const pipeline::Credit& c = a.credit;
  w->Str(c.agency);
  w->Str(c.evidence);
  w->Str(c.where);
  w->I64(c.begin);
  w->I64(c.end);
  w->U64(c.photo.size());
  for (const auto& p : c.photo) {
    w->Str(p.agency);
    w->Str(p.text);
    w->Str(p.where);
    w->I64(p.begin);
    w->I64(p.end);
  }
  w->Str(a.origin.file);
  w->U64(a.origin.line);
  w->U64(a.origin.offset);
  w->U64(a.origin.length);
  w->U64(a.content_hash[0]);
  w->U64(a.content_hash[1]);
  w->U64(static_cast<uint64_t>(a.unit));
  w->U64(a.lead.size);
  for (size_t i = 0; i < a.lead.size; ++i) w->U64(a.lead.values[i]);
  w->Str(std::string_view(reinterpret_cast<const char*>(a.loose.values), a.loose.size * sizeof(uint32_t)));
  w->Str(std::string_view(reinterpret_cast<const char*>(a.loose.at), a.loose.size));
}

pipeline::ArticleInfo GetInfo(Cursor* c) {
  pipeline::ArticleInfo a;
  a.id = c->Str();
  a.url = c->Str();
  a.source = c->Str();
  a.title = c->Str();
  a.published = c->Str();
  if (c->U64()) {
    corpus::Instant t;
    t.seconds = c->I64();
    t.has_time = c->U64() != 0;
    a.published_at = t;
  }
  a.wire_dateline = c->U64() != 0;
  a.dateline_day.year = static_cast<int>(c->I64());
  a.dateline_day.month = static_cast<int>(c->I64());
  a.dateline_day.day = static_cast<int>(c->I64());
  pipeline::Credit& k = a.credit;
  k.agency = c->Str();
  k.evidence = c->Str();
  k.where = c->Str();
  k.begin = c->I64();
  k.end = c->I64();
  k.photo.resize(c->U64());
  for (auto& p : k.photo) {
    p.agency = c->Str();
    p.text = c->Str();
    p.where = c->Str();
    p.begin = c->I64();
    p.end = c->I64();
  }
  a.origin.file = c->Str();
  a.origin.line = c->U64();
  a.origin.offset = c->U64();
  a.origin.length = c->U64();
  a.content_hash[0] = c->U64();
  a.content_hash[1] = c->U64();
  a.unit = static_cast<pipeline::ShingleUnit>(c->U64());
  a.lead.size = static_cast<uint8_t>(std::min<uint64_t>(c->U64(), pipeline::kLeadSample));
  for (size_t i = 0; i < a.lead.size; ++i) a.lead.values[i] = static_cast<uint32_t>(c->U64());
  const std::string_view values = c->Str();
  a.loose.size = static_cast<uint8_t>(std::min(values.size() / sizeof(uint32_t), pipeline::kLooseSample));
  std::memcpy(a.loose.values, values.data(), a.loose.size * sizeof(uint32_t));
  const std::string_view at = c->Str();
  std::copy_n(at.begin(), std::min<size_t>(at.size(), a.loose.size), a.loose.at);
  return a;
}

// A cluster travels without its paragraph reports (they are made after it travels).
static_assert(sizeof(void*) != 8 || (sizeof(pipeline::Member) == kMemberSize && sizeof(Cluster) == kClusterSize),
              "pipeline::Member or Cluster changed: send the new field in PutCluster/GetCluster, then update the size");

uint64_t Bits(double v) {
  uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

double FromBits(uint64_t b) {
  double v;
  std::memcpy(&v, &b, sizeof v);
  return v;
}

void PutCluster(const Cluster& c, Writer* w) {
  w->Str(c.id);
  w->U64(c.canonical);
  w->Str(c.canonical_reason);
  w->U64(c.figures_compared);
  w->U64(c.members.size());
  for (const pipeline::Member& m : c.members) {
    w->U64(m.article);
    w->Str(m.id);
    w->Str(m.copy_of);
    w->U64(Bits(m.jaccard));
    w->U64(Bits(m.containment));
    w->U64(m.exact_duplicate);
    w->Str(m.url);
    w->Str(m.source);
    w->Str(m.title);
    w->Str(m.published);
    const pipeline::Credit& k = m.credit;
    w->Str(k.agency);
    w->Str(k.evidence);
    w->Str(k.where);
    w->I64(k.begin);
    w->I64(k.end);
    w->U64(k.photo.size());
    for (const auto& p : k.photo) {
      w->Str(p.agency);
      w->Str(p.text);
      w->Str(p.where);
      w->I64(p.begin);
      w->I64(p.end);
    }
    w->U64(m.changed_figures.size());
    for (const auto& f : m.changed_figures) {
      w->Str(f.canonical_claim);
      w->Str(f.copy_claim);
      w->U64(Bits(f.canonical_value));
      w->U64(Bits(f.copy_value));
      w->Str(f.surface_canonical);
      w->Str(f.surface_copy);
    }
  }
}

Cluster GetCluster(Cursor* c) {
  Cluster k;
  k.id = c->Str();
  k.canonical = static_cast<uint32_t>(c->U64());
  k.canonical_reason = c->Str();
  k.figures_compared = c->U64() != 0;
  k.members.resize(c->U64());
  for (pipeline::Member& m : k.members) {
    m.article = static_cast<uint32_t>(c->U64());
    m.id = c->Str();
    m.copy_of = c->Str();
    m.jaccard = FromBits(c->U64());
    m.containment = FromBits(c->U64());
    m.exact_duplicate = c->U64() != 0;
    m.url = c->Str();
    m.source = c->Str();
    m.title = c->Str();
    m.published = c->Str();
    pipeline::Credit& r = m.credit;
    r.agency = c->Str();
    r.evidence = c->Str();
    r.where = c->Str();
    r.begin = c->I64();
    r.end = c->I64();
    r.photo.resize(c->U64());
    for (auto& p : r.photo) {
      p.agency = c->Str();
      p.text = c->Str();
      p.where = c->Str();
      p.begin = c->I64();
      p.end = c->I64();
    }
    m.changed_figures.resize(c->U64());
    for (auto& f : m.changed_figures) {
      f.canonical_claim = c->Str();
      f.copy_claim = c->Str();
      f.canonical_value = FromBits(c->U64());
      f.copy_value = FromBits(c->U64());
      f.surface_canonical = c->Str();
      f.surface_copy = c->Str();
    }
  }
  return k;
}

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Session::Session(int rank, int ranks) : rank_(rank), ranks_(ranks) {
  std::promise<void> ready;
  ready_ = ready.get_future().share();
  std::future<void> finalize = finalize_.get_future();
  thread_ = std::thread([this, ready = std::move(ready), finalize = std::move(finalize)]() mutable {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided);
    int rank = -1, ranks = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks);
    if (provided < MPI_THREAD_SERIALIZED || rank != rank_ || ranks != ranks_) {
      std::fprintf(stderr, "copydesk: MPI gives rank %d of %d (thread level %d), the launcher said %d of %d\n", rank,
                   ranks, provided, rank_, ranks_);
      MPI_Abort(MPI_COMM_WORLD, 2);
    }
    ready.set_value();
    finalize.wait();
    MPI_Finalize();
  });
}

void Session::Ready() const { ready_.get(); }

bool Session::AllAgree(bool ok) const {
  Ready();
  int all = ok ? 1 : 0;
  MPI_Allreduce(MPI_IN_PLACE, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
  return all == 1;
}

Session::~Session() {
  Ready();
  finalize_.set_value();
  thread_.join();
}

namespace {

// What every rank needs to run pass 1.
struct Job {
  const Session& session;
  int rank, ranks;
  const pipeline::RunOptions& options;
  const pipeline::StreamOptions& stream;
  const normalizers::Normalizer& normalizer;
  size_t threads;
  pipeline::DedupOptions dedup;
};

// What pass 1 leaves on each rank: its sketches and texts with their global indices (in read
// order of a single process, ascending), the site-line statistics of every article, the read
// report of every input (the same on every rank) and the number of articles.
struct Pass1 {
  Pass1(const pipeline::DedupOptions& d) : local(d.shingles, d.minhash) {}
  pipeline::SketchStore local;
  std::vector<uint64_t> global;
  std::vector<std::string> texts;
  normalizers::LineStats stats;
  corpus::ReadReport read;
  uint64_t n = 0;
  double read_wait = 0, sketching = 0, exchange = 0;
  // Each rank's share of the work shared out after pass 1 (the candidate shuffle's keys and
  // pairs): its share of pass 1's last rounds (Shares), equal when pass 1 did not measure them.
  std::vector<double> share;
};

// Normalization steps 4-7 and sketches of one batch's drafts (this rank's share of it), with
// the statistics of every batch up to this one.
void FinishBatch(const Job& job, std::vector<normalizers::Draft>* drafts, std::vector<uint64_t>* global, Pass1* p) {
  // Each article finished and sketched in one go and let go at once (the lean pass 1 of
  // pipeline::StreamDedup), its text kept only for the reports.
  std::vector<std::string> texts(job.dedup.reports ? drafts->size() : 0);
  p->local.AddEach(
      drafts->size(), job.threads,
      [&](size_t i) {
        corpus::SetCurrentRecord((*drafts)[i].article.id);
        return job.normalizer.Finish(std::move((*drafts)[i]), &p->stats);
      },
      job.dedup.reports ? pipeline::SketchStore::KeepArticle(
                              [&](size_t i, normalizers::NormalizedArticle& d) { texts[i] = std::move(d.text); })
                        : pipeline::SketchStore::KeepArticle());
  for (size_t i = 0; i < drafts->size(); ++i) {
    p->global.push_back((*global)[i]);
    if (job.dedup.reports) p->texts.push_back(std::move(texts[i]));
  }
  drafts->clear();
  global->clear();
}

// One round of pass 1's exchange: every rank's `mine`, in rank order. The time since `*t0` is
// this rank's work (sketching), the exchange's (waiting for the others included) goes to
// `exchange`; `*t0` is restarted after it. The first round waits for MPI_Init, which ran while
// the first batch or chunk was read and prepared.
std::vector<std::string> ExchangeRound(const Job& job, const std::string& mine, Pass1* p,
                                       std::chrono::steady_clock::time_point* t0) {
  p->sketching += SecondsSince(*t0);
  *t0 = std::chrono::steady_clock::now();
  job.session.Ready();
  std::vector<std::string> all = GatherParts(mine, job.rank, job.ranks, false);
  p->exchange += SecondsSince(*t0);
  *t0 = std::chrono::steady_clock::now();
  return all;
}

// An article's site key and countable lines, what the site-line statistics count.
void PutLines(const normalizers::Draft& d, const normalizers::BoilerplateOptions& boilerplate, Writer* w) {
  const std::string source = normalizers::SourceKey(d.article);
  w->Str(source);
  if (source.empty()) {
    w->U64(0);
    return;
  }
  size_t k = 0;
  for (const auto& b : d.blocks) k += normalizers::LineStats::Countable(b.text, boilerplate);
  w->U64(k);
  for (const auto& b : d.blocks)
    if (normalizers::LineStats::Countable(b.text, boilerplate)) w->Str(b.text);
}

// Counts what PutLines wrote into `stats`.
void CountLines(Cursor* c, const normalizers::BoilerplateOptions& boilerplate, std::vector<normalizers::Block>* blocks,
                normalizers::LineStats* stats) {
  const std::string_view source = c->Str();
  blocks->resize(c->U64());
  for (auto& b : *blocks) b.text = c->Str();
  if (!source.empty()) stats->AddArticle(source, *blocks, boilerplate);
}

// Pass 1 when an input is not a plain JSONL file (directories, WARC, text, HTML, gzip): every
// rank runs the same corpus::Reader over every record (a single process's ids, rejections and
// batches) and normalizes and sketches the articles g with g % R == rank. The next batch is read
// while this one is processed.
void ReadReplicated(const Job& job, const std::vector<std::string>& inputs, Pass1* p) {
  const int rank = job.rank, ranks = job.ranks;
  const normalizers::BoilerplateOptions& boilerplate = job.options.normalize.boilerplate;
  corpus::ReadOptions read = job.options.read;
  read.keep = [rank, ranks](uint64_t g) { return g % ranks == static_cast<uint64_t>(rank); };
  corpus::Reader reader(inputs, read, nullptr);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<corpus::Article> batch, next;
  uint64_t batch_size = 0, next_size = 0;  // articles in the batch, all ranks
  reader.Next(job.stream.batch_bytes, &batch);
  batch_size = reader.accepted();
  p->read_wait += SecondsSince(t0);
  while (batch_size > 0) {
    next.clear();
    auto reading = std::async(std::launch::async, [&] {
      const uint64_t before = reader.accepted();
      reader.Next(job.stream.batch_bytes, &next);
      next_size = reader.accepted() - before;
    });
    t0 = std::chrono::steady_clock::now();
    std::vector<normalizers::Draft> drafts;
    std::vector<uint64_t> global;  // the global index of each article of `batch`
    for (uint64_t g = p->n; g < p->n + batch_size; ++g)
      if (g % ranks == static_cast<uint64_t>(rank)) global.push_back(g);
    if (global.size() != batch.size()) throw std::logic_error("distributed: the reader kept another share");
    drafts.resize(global.size());
    corpus::ParallelFor(global.size(), job.threads, [&](size_t i, size_t) {
      corpus::Article& a = batch[i];
      corpus::SetCurrentRecord(a.id);
      drafts[i] = job.normalizer.Prepare(std::move(a));
    });
    // The site lines of the whole batch: each rank's countable lines, counted by every rank
    // (a count is a count, whatever the order it is made in).
    Writer lines;
    for (const auto& d : drafts) PutLines(d, boilerplate, &lines);
    const std::vector<std::string> all = ExchangeRound(job, lines.data(), p, &t0);
    std::vector<normalizers::Block> blocks;
    for (const auto& part : all) {
      Cursor c(part.data(), part.data() + part.size());
      while (!c.done()) CountLines(&c, boilerplate, &blocks, &p->stats);
    }
    FinishBatch(job, &drafts, &global, p);
    p->n += batch_size;
    p->sketching += SecondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    reading.get();
    p->read_wait += SecondsSince(t0);
    batch.swap(next);
    batch_size = next_size;
  }
  p->read = reader.TakeReport();
}

// How a chunk's records are read.
enum class ChunkKind {
  kLines,  // a byte range of a plain JSONL file: the lines that start in [begin, end)
  kWarc,   // a byte range of a plain WARC file, from a record's start to another's
  kFiles,  // whole files (text, HTML, gzip, a WARC file read whole), each by a Reader of its own
};

struct Chunk {
  ChunkKind kind = ChunkKind::kFiles;
  uint32_t file = 0, files = 1;  // the first file (in the listing) and how many (kFiles)
  uint64_t begin = 0, end = 0;   // kLines, kWarc
  bool first = true, last = true;  // of its file (kLines, kWarc)
};

// Appends `length` bytes of `file` from `offset` to `*out`.
void AppendFileRange(const std::string& file, uint64_t offset, uint64_t length, std::string* out) {
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (f == nullptr) throw std::runtime_error(file + ": cannot open: " + std::strerror(errno));
  const size_t at = out->size();
  out->resize(at + length);
  const bool ok = fseeko(f, static_cast<off_t>(offset), SEEK_SET) == 0 &&
                  std::fread(out->data() + at, 1, length, f) == length;
  std::fclose(f);
  if (!ok)
    throw std::runtime_error(file + ": cannot read " + std::to_string(length) + " bytes at offset " +
                             std::to_string(offset) + " (was the file changed during the run?)");
}

// Returns the bytes of the lines of `file` (`size` bytes) that start in [begin, end), from the
// first one's start to the last one's end (the line that straddles `end` is read whole), held
// in `*buffer` (reused from one chunk to the next: no fresh pages for every chunk); `*first`
// gets the offset of the first.
std::string_view ReadLines(const std::string& file, uint64_t size, uint64_t begin, uint64_t end, uint64_t* first,
                           std::string* buffer) {
  const uint64_t from = begin == 0 ? 0 : begin - 1;
  std::string& data = *buffer;
  data.clear();
  AppendFileRange(file, from, end - from, &data);
  size_t skip = 0;
  if (begin > 0) {
    const size_t nl = data.find('\n');
    if (nl == std::string::npos || from + nl + 1 >= end) {
      *first = end;
      return {};
    }
    skip = nl + 1;
  }
  if (data.size() == skip) {
    *first = end;
    return {};
  }
  for (uint64_t at = end; at < size && data.back() != '\n';) {
    const size_t before = data.size();
    AppendFileRange(file, at, std::min<uint64_t>(1 << 20, size - at), &data);
    if (data.size() == before) break;
    const size_t nl = data.find('\n', before);
    at += data.size() - before;
    if (nl != std::string::npos) data.resize(nl + 1);
  }
  *first = from + skip;
  return std::string_view(data).substr(skip);
}

// Lower-case `path` ends with `suffix`.
bool EndsWith(const std::string& path, std::string_view suffix) {
  std::string lower = path;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return lower.ends_with(suffix);
}

// Cuts the listed files into chunks of about `piece_of(c)` bytes for chunk c: plain JSONL files
// into byte ranges (lines are found when read), plain WARC files into byte ranges at the record
// starts corpus::WarcRecordStarts finds, any other file whole, consecutive small ones together
// (a gzipped file weighs 4 times its size).
std::vector<Chunk> MakeChunks(const std::vector<corpus::InputFile>& files, const corpus::ReadOptions& read,
                              const std::function<uint64_t(size_t)>& piece_of, std::vector<uint64_t>* sizes) {
  std::vector<Chunk> chunks;
  sizes->assign(files.size(), 0);
  uint64_t group = UINT64_MAX;  // bytes of the open kFiles chunk (the last one), or UINT64_MAX: none
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string& path = files[f].path;
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(path, ec);
    const uint64_t size = regular ? std::filesystem::file_size(path, ec) : 0;
    (*sizes)[f] = ec ? 0 : size;
    const bool lines = regular && !ec && (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson"));
    std::vector<uint64_t> starts;
    if (regular && !ec && EndsWith(path, ".warc")) {
      Result<std::vector<uint64_t>> got = corpus::WarcRecordStarts(path, corpus::WarcOptions{read.max_record_bytes});
      if (got.ok()) starts = std::move(got).value();
    }
    if (lines) {
      group = UINT64_MAX;
      const size_t first = chunks.size();
      uint64_t at = 0;
      do {
        const uint64_t end = std::min(size, at + piece_of(chunks.size()));
        chunks.push_back({ChunkKind::kLines, static_cast<uint32_t>(f), 1, at, end, false, false});
        at = end;
      } while (at < size);
      chunks[first].first = true;
      chunks.back().last = true;
      continue;
    }
    if (starts.size() > 1 && size > piece_of(chunks.size())) {
      group = UINT64_MAX;
      const size_t first = chunks.size();
      uint64_t at = 0;
      for (uint64_t s : starts)
        if (s > at && s - at >= piece_of(chunks.size())) {
          chunks.push_back({ChunkKind::kWarc, static_cast<uint32_t>(f), 1, at, s, false, false});
          at = s;
        }
      chunks.push_back({ChunkKind::kWarc, static_cast<uint32_t>(f), 1, at, size, false, false});
      chunks[first].first = true;
      chunks.back().last = true;
      if (chunks.size() - first > 1) continue;
      chunks.pop_back();  // one range: read whole
    }
    const uint64_t weight = std::max<uint64_t>(1, EndsWith(path, ".gz") ? 4 * (*sizes)[f] : (*sizes)[f]);
    if (group != UINT64_MAX && group < piece_of(chunks.size() - 1)) {
      ++chunks.back().files;
      group += weight;
    } else {
      chunks.push_back({ChunkKind::kFiles, static_cast<uint32_t>(f), 1, 0, 0, true, true});
      group = weight;
    }
  }
  return chunks;
}

// One event of a chunk's summary (what every rank replays).
enum Event : uint64_t { kRejected = 0, kArticle = 1, kWarning = 2, kSkippedRecords = 3 };

// Reads this rank's chunk `ch` of `files` (sizes in `sizes`): appends its articles, prepared
// (normalization steps 1-3), to `drafts` and returns its summary: a count (kLines: the lines
// that start in the chunk; kWarc: its records), then per file the number of events and the
// events in read order (an article's line, derived-id flag, id, text size, repaired flag,
// JSONL flag, site key and countable lines; a rejection's or warning's line, derived-id flag,
// id and reason; skipped WARC records by reason). Lines are relative to the chunk for byte
// ranges; an id derived from the line is sent as a flag and made again in the replay.
std::string ReadChunk(const Job& job, const std::vector<corpus::InputFile>& files, const std::vector<uint64_t>& sizes,
                      const Chunk& ch, corpus::JsonlLineParser* parser, std::string* buffer,
                      std::vector<normalizers::Draft>* drafts) {
  struct Note {
    Event type;
    uint64_t line = 0;
    bool derived = false;
    std::string id, text;  // text: the reason, or the skipped records' reason
    uint64_t n = 0;        // skipped records; for an article: its text size
    bool repaired = false, jsonl = false;
  };
  std::vector<std::vector<Note>> notes;  // per file of the chunk
  std::vector<corpus::Article> articles;
  uint64_t count = 0;
  auto note = [&](Event type, const corpus::Rejection& r, bool derived) {
    notes.back().push_back({type, r.origin.line, derived, derived ? std::string() : r.id, r.reason});
  };
  auto article = [&](corpus::Article a, bool derived) {
    notes.back().push_back({kArticle, a.origin.line, derived, derived ? std::string() : a.id, "", a.raw.size(),
                            a.repaired_bytes > 0, a.format == corpus::Format::kJsonl});
    articles.push_back(std::move(a));
  };
  if (ch.kind == ChunkKind::kLines) {
    notes.emplace_back();
    const std::string& file = files[ch.file].path;
    uint64_t first = 0;
    const std::string_view data = ReadLines(file, sizes[ch.file], ch.begin, ch.end, &first, buffer);
    corpus::ReadReport rejected;
    for (size_t pos = 0; pos < data.size();) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string::npos) nl = data.size();
      std::string_view line(data.data() + pos, nl - pos);
      uint64_t offset = first + pos;
      ++count;
      if (line.starts_with("\xEF\xBB\xBF")) {  // as the single reader: at any line
        line.remove_prefix(3);
        offset += 3;
      }
      corpus::Article a;
      const int got = parser->Parse(file, count, offset, line, job.options.read, &rejected, &a);
      if (got > 0) {
        const bool derived = a.id == corpus::DerivedJsonlId(file, count);
        article(std::move(a), derived);
      } else if (got < 0) {
        note(kRejected, rejected.rejected.back(), false);
      }
      pos = nl + 1;
    }
  } else {
    corpus::ReadOptions one = job.options.read;
    one.check_ids = false;
    one.progress = nullptr;
    one.keep = nullptr;
    const bool ranged = ch.kind == ChunkKind::kWarc;  // records numbered from 1 in the range
    for (uint32_t f = ch.file; f < ch.file + ch.files; ++f) {
      notes.emplace_back();
      corpus::InputFile in = files[f];
      if (ranged) {
        in.begin = ch.begin;
        in.end = ch.end;
      }
      corpus::Reader reader(in, one);
      std::vector<corpus::Article> got;
      std::vector<std::pair<size_t, size_t>> before;  // rejections and warnings up to each article
      while (reader.Next(0, &got)) before.emplace_back(reader.report().rejected.size(), reader.report().warnings.size());
      corpus::ReadReport r = reader.TakeReport();
      auto derived = [&](const std::string& id, uint64_t line) {
        return ranged && line > 0 && id == corpus::DerivedJsonlId(in.path, line);
      };
      size_t rj = 0, wn = 0;
      auto notes_up_to = [&](size_t rejections, size_t warnings) {
        for (; rj < rejections; ++rj) note(kRejected, r.rejected[rj], derived(r.rejected[rj].id, r.rejected[rj].origin.line));
        for (; wn < warnings; ++wn) note(kWarning, r.warnings[wn], derived(r.warnings[wn].id, r.warnings[wn].origin.line));
      };
      for (size_t k = 0; k < got.size(); ++k) {
        notes_up_to(before[k].first, before[k].second);
        const bool d = derived(got[k].id, got[k].origin.line);
        article(std::move(got[k]), d);
      }
      notes_up_to(r.rejected.size(), r.warnings.size());
      uint64_t skipped = 0;
      for (const auto& [reason, n] : r.skipped_records) {
        notes.back().push_back({kSkippedRecords, 0, false, "", reason, n});
        skipped += n;
      }
      if (ranged) count = r.records_read + skipped;
    }
  }
  const size_t first_draft = drafts->size();
  drafts->resize(first_draft + articles.size());
  corpus::ParallelFor(articles.size(), job.threads, [&](size_t i, size_t) {
    corpus::SetCurrentRecord(articles[i].id);
    (*drafts)[first_draft + i] = job.normalizer.Prepare(std::move(articles[i]));
  });
  Writer out;
  out.U64(count);
  size_t next = first_draft;
  for (const auto& file_notes : notes) {
    out.U64(file_notes.size());
    for (const Note& e : file_notes) {
      out.U64(e.type);
      if (e.type == kSkippedRecords) {
        out.Str(e.text);
        out.U64(e.n);
        continue;
      }
      out.U64(e.line);
      out.U64(e.derived);
      out.Str(e.id);
      if (e.type != kArticle) {
        out.Str(e.text);
        continue;
      }
      out.U64(e.n);
      out.U64(e.repaired);
      out.U64(e.jsonl);
      PutLines((*drafts)[next++], job.options.normalize.boilerplate, &out);
    }
  }
  return std::move(out.data());
}

// How many of a round's chunks each rank reads, in rank order. The shares follow the ranks'
// speeds: rank q's bytes read over its seconds of work (reading, preparing, replaying and
// finishing, not waiting), as every rank reports them at each exchange. So a rank on a slower or
// busier core reads less, and the ranks reach each exchange together instead of the faster one
// waiting for the other at every round (measured: docs/benchmarks.md, "Session 17"). Every rank
// computes the same split from the same reports, and the output does not depend on it.
// COPYDESK_MPI_ROOT_SHARE fixes the shares instead (rank 0's against another rank's, 0.05-1).
class Shares {
 public:
  explicit Shares(int ranks) : weight_(ranks, 1.0 / ranks), carry_(ranks, 0) {
    if (const char* e = std::getenv("COPYDESK_MPI_ROOT_SHARE"); e != nullptr && ranks > 1) {
      const double v = std::strtod(e, nullptr);
      if (v >= 0.05 && v <= 1) {
        fixed_ = true;
        for (int q = 0; q < ranks; ++q) weight_[q] = (q == 0 ? v : 1.0) / (v + ranks - 1);
      }
    }
  }

  // Splits `units` chunks: each rank's count is its weight's part, the fractions carried from
  // round to round (so that over the rounds each rank reads its weight's share).
  std::vector<size_t> Split(size_t units) {
    const size_t ranks = weight_.size();
    std::vector<double> want(ranks);
    std::vector<size_t> n(ranks);
    size_t sum = 0;
    for (size_t q = 0; q < ranks; ++q) {
      want[q] = static_cast<double>(units) * weight_[q] + carry_[q];
      n[q] = want[q] > 0 ? static_cast<size_t>(want[q]) : 0;
      sum += n[q];
    }
    while (sum < units) {  // to the ranks furthest below what they want
      size_t best = 0;
      for (size_t q = 1; q < ranks; ++q)
        if (want[q] - static_cast<double>(n[q]) > want[best] - static_cast<double>(n[best])) best = q;
      ++n[best];
      ++sum;
    }
    while (sum > units) {  // from the ranks furthest above
      size_t best = ranks;
      for (size_t q = 0; q < ranks; ++q)
        if (n[q] > 0 && (best == ranks || want[q] - static_cast<double>(n[q]) < want[best] - static_cast<double>(n[best])))
          best = q;
      --n[best];
      --sum;
    }
    for (size_t q = 0; q < ranks; ++q) carry_[q] = want[q] - static_cast<double>(n[q]);
    return n;
  }

  const std::vector<double>& weights() const { return weight_; }

  // New weights from every rank's bytes read and seconds worked so far, as reported after each
  // round. The first report is the baseline: the rates leave out the first round, which holds
  // each rank's start (the first pages, patterns compiled on first use), not the same on every
  // rank (rank 0's first round took 1.6-1.8x another's here). Weights are kept while a rank has
  // read nothing since, and each rate is kept within a factor of kMaxSpeedRatio of the mean.
  void Update(const std::vector<uint64_t>& bytes, const std::vector<double>& seconds) {
    if (fixed_) return;
    if (first_bytes_.empty()) {
      first_bytes_ = bytes;
      first_seconds_ = seconds;
      return;
    }
    const size_t ranks = weight_.size();
    std::vector<double> rate(ranks);
    double sum = 0;
    for (size_t q = 0; q < ranks; ++q) {
      const uint64_t read = bytes[q] - first_bytes_[q];
      const double worked = seconds[q] - first_seconds_[q];
      if (read == 0 || !(worked > 0)) return;
      rate[q] = static_cast<double>(read) / worked;
      sum += rate[q];
    }
    const double mean = sum / static_cast<double>(ranks);
    sum = 0;
    for (size_t q = 0; q < ranks; ++q) {
      rate[q] = std::clamp(rate[q], mean / kMaxSpeedRatio, mean * kMaxSpeedRatio);
      sum += rate[q];
    }
    for (size_t q = 0; q < ranks; ++q) weight_[q] = rate[q] / sum;
  }

 private:
  static constexpr double kMaxSpeedRatio = 3;
  std::vector<double> weight_, carry_;
  std::vector<uint64_t> first_bytes_;  // the first report (Update)
  std::vector<double> first_seconds_;
  bool fixed_ = false;
};

// Pass 1: the inputs are listed as the single process's reader lists them (corpus::Reader::
// List: the same files, order, skipped entries and listing errors on every rank) and cut into
// chunks (MakeChunks: byte ranges of plain JSONL and WARC files, whole other files); a round's
// chunks (kUnitsPerRank a rank) are consecutive in read order, rank q reading the q-th run of
// them, each run's length set by the ranks' measured speeds (Shares). Each rank reads its chunks
// (JSONL ranges line by line with the reader's own line parser, the others
// with a corpus::Reader of the one file or range, ids unchecked) and runs normalization steps
// 1-3 on its articles; then every rank gets every rank's round in a compact form (ReadChunk's
// events) and replays the single process's reader over it: duplicate ids (a duplicate JSONL id
// rejected, a duplicate file or WARC id renamed "id#2" with a warning), line and record numbers
// of ranges, global indices, batch boundaries (a batch ends at the article that brings its
// texts to batch_bytes), the "rejected lines in a row" stop and empty files of JSONL ranges,
// and the site-line statistics, batch by batch. When a batch ends, each rank finishes (steps
// 4-7) and sketches its articles of that batch, with the statistics as they stand then, as the
// single process does. Articles of the last, unfinished batch of a round wait for the next round.
// Returns false, having read nothing, when a chunk would be too large for one rank (a large
// gzipped file, which cannot be cut, or a WARC file damaged early): larger than twice a rank's
// bytes of a round and than its share of the whole or 4 batches; the caller reads replicated instead
// (ReadReplicated).
bool ReadRanges(const Job& job, const std::vector<std::string>& inputs, Pass1* p) {
  const int rank = job.rank, ranks = job.ranks;
  const normalizers::BoilerplateOptions& boilerplate = job.options.normalize.boilerplate;
  const corpus::ReadOptions& read = job.options.read;
  corpus::Reader lister(inputs, read, nullptr);
  const std::vector<corpus::InputFile> files = lister.List();
  const corpus::ReadReport listing = lister.TakeReport();
  uint64_t total = 0;
  for (const auto& f : files) {
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(f.path, ec);
    if (!ec) total += EndsWith(f.path, ".gz") ? 4 * size : size;
  }
  // A rank's bytes in a round: a quarter of its share of the whole, 1 MiB to 16 MiB.
  const uint64_t piece = std::clamp<uint64_t>(total / (4 * ranks) + 1, 1 << 20,
                                              std::min(kMaxChunkBytes, std::max<uint64_t>(job.stream.batch_bytes, 1 << 20)));
  // Chunks of a quarter of that: a round holds kUnitsPerRank of them per rank, split among the
  // ranks by their speed (Shares).
  uint64_t unit = std::max<uint64_t>(piece / kUnitsPerRank, 1);
  if (const char* e = std::getenv("COPYDESK_MPI_CHUNK_BYTES"); e != nullptr && std::strtoull(e, nullptr, 10) > 0)
    unit = std::strtoull(e, nullptr, 10);
  auto piece_of = [unit](size_t) { return unit; };
  std::vector<uint64_t> sizes;
  const std::vector<Chunk> chunks = MakeChunks(files, read, piece_of, &sizes);
  // A chunk's bytes (a gzipped file weighs 4 times its size).
  auto weight_of = [&](const Chunk& ch) {
    uint64_t weight = ch.end - ch.begin;
    if (ch.kind == ChunkKind::kFiles)
      for (uint32_t f = ch.file; f < ch.file + ch.files; ++f)
        weight += EndsWith(files[f].path, ".gz") ? 4 * sizes[f] : sizes[f];
    return weight;
  };
  {
    // Larger than a rank's share of the whole (the other ranks would wait for it) or 4 batches
    // (memory), and than 2 rounds' bytes of a rank (small inputs are read per rank whatever
    // their shares).
    const uint64_t too_large =
        std::max(2 * piece, std::min(total / ranks, 4 * std::max<uint64_t>(job.stream.batch_bytes, 1 << 20)));
    for (const Chunk& ch : chunks) {
      const uint64_t weight = weight_of(ch);
      if (weight > too_large && ranks > 1 && std::getenv("COPYDESK_MPI_CHUNK_BYTES") == nullptr) {
        if (std::getenv("COPYDESK_MPI_VERBOSE") != nullptr && rank == 0)
          std::fprintf(stderr, "copydesk: %s is a chunk of %llu bytes (more than %llu): every rank reads every record\n",
                       files[ch.file].path.c_str(), static_cast<unsigned long long>(weight),
                       static_cast<unsigned long long>(too_large));
        return false;
      }
    }
  }
  if (std::getenv("COPYDESK_MPI_VERBOSE") != nullptr && rank == 0) {
    size_t kinds[3] = {0, 0, 0};
    for (const Chunk& ch : chunks) ++kinds[static_cast<int>(ch.kind)];
    std::fprintf(stderr, "copydesk: %zu file(s) in %zu chunk(s): %zu JSONL range(s), %zu WARC range(s), %zu of whole files\n",
                 files.size(), chunks.size(), kinds[0], kinds[1], kinds[2]);
  }
  p->read.input_files = listing.input_files;
  p->read.skipped = listing.skipped;

  // The replay's state: the same on every rank.
  struct FirstSeen {
    uint32_t file;
    uint64_t line;
  };
  std::unordered_map<std::string, FirstSeen> seen;
  std::unordered_map<std::string, int> next_suffix;  // per id renamed "id#n": the n to try next (Reader::Accept)
  std::vector<uint64_t> line_base(files.size(), 0);  // lines or WARC records before the chunk
  std::vector<char> stopped(files.size(), 0);
  std::vector<char> named_repair(files.size(), 0);  // per file: its first repaired line named
  uint64_t bad_lines = 0, records_before = 0, batch_bytes = 0;
  size_t listed_rejections = 0, listed_warnings = 0;  // listing's entries replayed so far
  auto replay_listing = [&](size_t rejections, size_t warnings) {
    for (; listed_rejections < rejections; ++listed_rejections) {
      p->read.rejected.push_back(listing.rejected[listed_rejections]);
      ++p->read.records_read;
    }
    for (; listed_warnings < warnings; ++listed_warnings) p->read.warnings.push_back(listing.warnings[listed_warnings]);
  };
  // This rank's drafts waiting for their batch to end, with their global indices.
  std::vector<normalizers::Draft> pending;
  std::vector<uint64_t> pending_global;
  std::vector<normalizers::Block> blocks;
  corpus::JsonlLineParser parser;
  std::string chunk_buffer;

  Shares shares(ranks);
  std::vector<uint64_t> bytes_read(ranks, 0);  // per rank, so far
  std::vector<double> worked(ranks, 0);        // per rank, seconds so far (as it reported them)
  for (size_t next = 0; next < chunks.size();) {
    auto t0 = std::chrono::steady_clock::now();
    // This round's chunks: rank q reads [from[q], from[q + 1]) (consecutive in read order).
    const std::vector<size_t> take = shares.Split(std::min<size_t>(kUnitsPerRank * ranks, chunks.size() - next));
    std::vector<size_t> from(ranks + 1, next);
    for (int q = 0; q < ranks; ++q) from[q + 1] = from[q] + take[q];
    next = from[ranks];
    std::vector<normalizers::Draft> drafts;
    std::string out;
    for (size_t c = from[rank]; c < from[rank + 1]; ++c)
      out += ReadChunk(job, files, sizes, chunks[c], &parser, &chunk_buffer, &drafts);
    {
      Writer w;  // this rank's seconds of work so far, at the end of its part
      w.U64(Bits(p->sketching + SecondsSince(t0)));
      out += w.data();
    }
    const std::vector<std::string> parts = ExchangeRound(job, out, p, &t0);

    // The replay, in read order.
    for (int q = 0; q < ranks; ++q) {
      Cursor c(parts[q].data(), parts[q].data() + parts[q].size());
      size_t local = 0;  // this rank's next draft
      for (size_t c_index = from[q]; c_index < from[q + 1]; ++c_index) {
        const Chunk& ch = chunks[c_index];
        const bool lines = ch.kind == ChunkKind::kLines;
        bytes_read[q] += weight_of(ch);
        const uint64_t count = c.U64();
        for (uint32_t fi = ch.file; fi < ch.file + ch.files; ++fi) {
          const std::string& file = files[fi].path;
          if (ch.first) {
            replay_listing(files[fi].rejected_before, files[fi].warnings_before);
            records_before = p->read.records_read;
          }
          const uint64_t base = line_base[fi];
          auto skip_lines = [&c] {
            c.Str();
            for (uint64_t k = c.U64(); k > 0; --k) c.Str();
          };
          for (uint64_t e = c.U64(); e > 0; --e) {
            const uint64_t type = c.U64();
            if (type == kSkippedRecords) {
              const std::string reason(c.Str());
              p->read.skipped_records[reason] += c.U64();
              continue;
            }
            const uint64_t rel = c.U64();
            const uint64_t line = rel > 0 ? base + rel : 0;
            const bool is_derived = c.U64() != 0;
            std::string id(c.Str());
            if (is_derived) id = corpus::DerivedJsonlId(file, line);
            if (type == kWarning) {
              p->read.warnings.push_back({corpus::Origin{file, line}, std::move(id), std::string(c.Str())});
              continue;
            }
            if (type == kRejected) {
              std::string reason(c.Str());
              if (stopped[fi]) continue;
              p->read.rejected.push_back({corpus::Origin{file, line}, std::move(id), std::move(reason)});
              ++p->read.records_read;
              if (lines && ++bad_lines >= read.max_bad_lines) {
                p->read.rejected.push_back({corpus::Origin{file, line + 1}, "",
                                            "stopped reading this file: " + std::to_string(bad_lines) +
                                                " rejected lines in a row (is it JSONL?)"});
                ++p->read.records_read;
                bad_lines = 0;
                stopped[fi] = 1;
              }
              continue;
            }
            const uint64_t raw = c.U64();
            const bool repaired = c.U64() != 0;
            const bool jsonl = c.U64() != 0;
            normalizers::Draft* d = q == rank ? &drafts[local++] : nullptr;
            if (stopped[fi]) {
              skip_lines();
              continue;
            }
            if (lines) bad_lines = 0;
            ++p->read.records_read;
            if (read.progress != nullptr && rank == 0) {
              read.progress->records.store(p->read.records_read, std::memory_order_relaxed);
              read.progress->bytes.fetch_add(raw, std::memory_order_relaxed);
            }
            // Reader::Accept's rules: a later duplicate of a JSONL id given in the record is
            // rejected; one of a file's, a WARC record's or a derived JSONL id is kept as "id#2"
            // (the first free), with a warning.
            auto [it, inserted] = seen.emplace(id, FirstSeen{fi, line});
            if (!inserted) {
              const std::string first = corpus::Origin{files[it->second.file].path, it->second.line}.ToString();
              if (jsonl && !is_derived) {
                p->read.rejected.push_back({corpus::Origin{file, line}, id, "duplicate id \"" + id + "\" (first at " + first + ")"});
                skip_lines();
                continue;
              }
              std::string renamed;
              int& k = next_suffix[id];
              for (k = std::max(k, 2);; ++k) {
                renamed = id + "#" + std::to_string(k);
                if (seen.emplace(renamed, FirstSeen{fi, line}).second) break;
              }
              ++k;
              p->read.warnings.push_back({corpus::Origin{file, line}, renamed,
                                          "id \"" + id + "\" was already given to " + first +
                                              "; this file is read as \"" + renamed + "\""});
              id = std::move(renamed);
            }
            if (repaired) {
              ++p->read.repaired_records;
              // As Reader::Accept names a JSONL file's first repaired line (a whole file's
              // reader, kFiles, named it already: its warning is in the events).
              if (lines && jsonl && !named_repair[fi]) {
                named_repair[fi] = 1;
                p->read.warnings.push_back({corpus::Origin{file, line}, id, corpus::kRepairedJsonlWarning});
              }
            }
            CountLines(&c, boilerplate, &blocks, &p->stats);
            const uint64_t g = p->n++;
            if (d != nullptr) {
              d->article.id = id;
              d->article.origin.line = line;
              pending.push_back(std::move(*d));
              pending_global.push_back(g);
            }
            batch_bytes += raw;
            if (batch_bytes >= job.stream.batch_bytes) {  // the batch ends here
              FinishBatch(job, &pending, &pending_global, p);
              batch_bytes = 0;
            }
          }
          if (ch.kind != ChunkKind::kFiles) line_base[fi] += count;
          if (lines && ch.last && !stopped[fi]) {
            bad_lines = 0;
            if (p->read.records_read == records_before) {
              p->read.rejected.push_back({corpus::Origin{file, 0}, "", "empty: the file holds no JSON lines"});
              ++p->read.records_read;
            }
          }
        }
      }
      worked[q] = FromBits(c.U64());
    }
    shares.Update(bytes_read, worked);
    p->sketching += SecondsSince(t0);
  }
  if (std::getenv("COPYDESK_MPI_VERBOSE") != nullptr && rank == 0) {
    std::string line;
    for (int q = 0; q < ranks; ++q) {
      char one[96];
      std::snprintf(one, sizeof one, "%s%d: %.1f MB in %.2f s", q > 0 ? ", rank " : "rank ", q,
                    static_cast<double>(bytes_read[q]) / 1e6, worked[q]);
      line += one;
    }
    std::fprintf(stderr, "copydesk: pass 1 read, per rank (its seconds of work by the last exchange): %s\n", line.c_str());
  }
  replay_listing(listing.rejected.size(), listing.warnings.size());
  p->share = shares.weights();
  auto t0 = std::chrono::steady_clock::now();
  FinishBatch(job, &pending, &pending_global, p);  // the last batch
  p->sketching += SecondsSince(t0);
  return true;
}

// Calls f(cursor, g) for g = 0 .. n-1, in order, with the cursor of the part that holds g next
// (each part: records each led by its global index, ascending). A linear scan of the parts per
// record: fine for tens of ranks.
// `own(g)`, asked first, takes the articles this rank holds itself (true when it took g).
template <class F, class Own>
void InGlobalOrder(const std::vector<std::string>& parts, uint64_t n, F&& f, Own&& own) {
  std::vector<Cursor> from;
  std::vector<uint64_t> next(parts.size(), UINT64_MAX);
  for (size_t r = 0; r < parts.size(); ++r) {
    from.emplace_back(parts[r].data(), parts[r].data() + parts[r].size());
    if (!from[r].done()) next[r] = from[r].U64();
  }
  for (uint64_t g = 0; g < n; ++g) {
    if (own(g)) continue;
    const size_t r = std::find(next.begin(), next.end(), g) - next.begin();
    if (r == next.size()) throw std::logic_error("distributed: an article is missing from the gather");
    f(from[r], g);
    next[r] = from[r].done() ? UINT64_MAX : from[r].U64();
  }
}

// Binary records of the candidate shuffle (memcpy'd, so no alignment is needed in the buffers).
struct BandRecord {
  uint64_t key;
  uint32_t band;  // banding * 1024 + band index
  uint32_t r;     // the article's position in id order
};
// An anchor: its value << 32 | the article's position (sorted as one number).
using AnchorRecord = uint64_t;
struct PairRecord {
  uint32_t a, b;  // positions in id order, a < b
  uint32_t hits;  // 0: found by a banding; else anchors shared (in part), or with kLooseHits
                  // loose-sample values shared (in part)
};
constexpr uint32_t kLooseHits = 1u << 31;

template <class T>
void Put(const T& v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
std::vector<T> Records(const std::vector<std::string>& parts) {
  std::vector<T> out;
  size_t total = 0;
  for (const auto& p : parts) total += p.size() / sizeof(T);
  out.resize(total);
  char* at = reinterpret_cast<char*>(out.data());
  for (const auto& p : parts) {
    if (!p.empty()) std::memcpy(at, p.data(), p.size());
    at += p.size();
  }
  return out;
}

// Sends (*to_each)[r] to rank r and returns what every rank sent here, in rank order; empties
// *to_each. In one MPI_Alltoallv from and into the records' own buffers when every rank's
// share fits in a round (AllToAll's), else in AllToAll's rounds.
template <class T>
std::vector<T> ExchangeRecords(std::vector<std::vector<T>>* to_each, int ranks) {
  std::vector<uint64_t> send_bytes(ranks), recv_bytes(ranks);
  for (int r = 0; r < ranks; ++r) send_bytes[r] = (*to_each)[r].size() * sizeof(T);
  MPI_Request request;
  MPI_Ialltoall(send_bytes.data(), 1, MPI_UINT64_T, recv_bytes.data(), 1, MPI_UINT64_T, MPI_COMM_WORLD, &request);
  Wait(&request);
  const size_t piece = std::max<size_t>(1, MessageBytes() / ranks);
  uint64_t fits = 1;
  size_t send_total = 0, recv_total = 0;
  for (int r = 0; r < ranks; ++r) {
    fits &= send_bytes[r] <= piece && recv_bytes[r] <= piece;
    send_total += send_bytes[r];
    recv_total += recv_bytes[r];
  }
  MPI_Allreduce(MPI_IN_PLACE, &fits, 1, MPI_UINT64_T, MPI_MIN, MPI_COMM_WORLD);
  if (!fits || send_total > INT_MAX || recv_total > INT_MAX) {  // (the test is the same on every rank)
    std::vector<std::string> parts(ranks);
    for (int r = 0; r < ranks; ++r) {
      parts[r].assign(reinterpret_cast<const char*>((*to_each)[r].data()), send_bytes[r]);
      std::vector<T>().swap((*to_each)[r]);
    }
    return Records<T>(AllToAll(parts, ranks));
  }
  std::vector<T> send;
  send.reserve(send_total / sizeof(T));
  std::vector<int> send_counts(ranks), send_displs(ranks), recv_counts(ranks), recv_displs(ranks);
  size_t at = 0;
  for (int r = 0; r < ranks; ++r) {
    send_displs[r] = static_cast<int>(send.size() * sizeof(T));
    send_counts[r] = static_cast<int>(send_bytes[r]);
    send.insert(send.end(), (*to_each)[r].begin(), (*to_each)[r].end());
    std::vector<T>().swap((*to_each)[r]);
    recv_displs[r] = static_cast<int>(at);
    recv_counts[r] = static_cast<int>(recv_bytes[r]);
    at += recv_bytes[r];
  }
  std::vector<T> recv(recv_total / sizeof(T));
  MPI_Alltoallv(send.data(), send_counts.data(), send_displs.data(), MPI_BYTE, recv.data(), recv_counts.data(),
                recv_displs.data(), MPI_BYTE, MPI_COMM_WORLD);
  return recv;
}

// Sorts *v by bin (bin_of(x) < bins; a counting sort into a second buffer), then each bin's
// records [first, last) with sort_bin(first, last): the whole is sorted when bins are ordered as
// sort_bin orders, in less time than one sort of a vector larger than the caches.
template <class T, class BinOf, class SortBin>
void BinSort(std::vector<T>* v, size_t bins, BinOf bin_of, SortBin sort_bin) {
  std::vector<size_t> start(bins + 1, 0);
  for (const T& x : *v) ++start[bin_of(x) + 1];
  for (size_t b = 0; b < bins; ++b) start[b + 1] += start[b];
  std::vector<T> out(v->size());
  std::vector<size_t> at(start.begin(), start.end() - 1);
  for (const T& x : *v) out[at[bin_of(x)]++] = x;
  for (size_t b = 0; b < bins; ++b)
    if (start[b + 1] - start[b] > 1) sort_bin(out.data() + start[b], out.data() + start[b + 1]);
  v->swap(out);
}

// Sorts PairRecords by (a, b) (a radix sort: the same order as a comparison sort by (a, b); records
// with equal (a, b) may come in any order, which no reader of them depends on).
void SortPairs(std::vector<PairRecord>* v, std::vector<PairRecord>* scratch) {
  pipeline::RadixSortBy(v, [](const PairRecord& x) { return uint64_t{x.a} << 32 | x.b; }, scratch);
}

// Which rank owns what after pass 1, each rank's part in proportion to its share (Pass1::share):
// a band key or anchor by a hash of its value, a pair by its first article's position in id
// order (the ranges ascending with the rank, so that the ranks' pairs in rank order are in order).
class Owners {
 public:
  Owners(const std::vector<double>& share, uint64_t n) {
    double sum = 0, at = 0;
    for (double w : share) sum += w;
    for (size_t q = 0; q + 1 < share.size(); ++q) {
      at += share[q] / sum;
      key_cut_.push_back(static_cast<uint64_t>(at * 4294967296.0));
      position_cut_.push_back(static_cast<uint64_t>(at * static_cast<double>(n)));
    }
  }
  int OfKey(uint64_t key) const { return Find(key_cut_, key * 0x9E3779B97F4A7C15ull >> 32); }
  int OfPosition(uint32_t position) const { return Find(position_cut_, position); }

 private:
  // The first rank whose cut lies above v (the last rank when none does).
  static int Find(const std::vector<uint64_t>& cut, uint64_t v) {
    return static_cast<int>(std::upper_bound(cut.begin(), cut.end(), v) - cut.begin());
  }
  std::vector<uint64_t> key_cut_, position_cut_;  // one less than the ranks
};

// Step 2 of the engine's clustering (pipeline::ClusterSketches) across the ranks, with the same
// result: `position[g]` is article g's position in id order, or UINT32_MAX for an exact
// duplicate (only the first by id of equal texts is banded). Each rank makes the band keys of
// both bandings and the anchors of its own articles; each key goes to the rank that owns it
// (hash of the key mod R, MPI_Alltoallv), which sorts its buckets by (key, position) as
// CandidatePairs and AnchorPairs do and makes the same pairs (with the same caps on large
// buckets), counting anchor hits per pair. The pairs go to the rank that owns their first
// article's range of positions (MPI_Alltoallv), which merges them, counts the anchor hits and
// applies the anchor rule; rank 0 gathers the pairs, sorted, in rank order.
pipeline::GivenCandidates ShuffleCandidates(const Job& job, const Pass1& p, const std::vector<uint32_t>& position,
                                            uint64_t n, size_t shuffle_bytes[3]) {
  const int ranks = job.ranks;
  const pipeline::DedupOptions& o = job.dedup;
  const pipeline::SketchStore& local = p.local;
  const std::array<pipeline::BandParams, 2> bandings = pipeline::DedupBandings(local.num_perm(), o);
  const Owners owners(p.share.size() == static_cast<size_t>(ranks) ? p.share : std::vector<double>(ranks, 1.0), n);
  std::vector<std::vector<BandRecord>> band_to(ranks);
  std::vector<std::vector<AnchorRecord>> anchor_to(ranks), loose_to(ranks);
  // The engine's fourth source (pipeline::LooseMinShared): each full loose sample's values, to
  // their owners as the anchors go.
  const bool loose_pairs = o.loose_candidates && o.reworded_jaccard <= 1;
  {
    const size_t records = local.size() * (bandings[0].bands + bandings[1].bands) * 11 / 10;
    for (int q = 0; q < ranks; ++q)
      band_to[q].reserve(static_cast<size_t>(static_cast<double>(records) * (p.share.empty() ? 1.0 / ranks : p.share[q])) + 1);
  }
  // Each article's usable anchors (the engine's AnchorPairs counts those not in an oversized
  // bucket): its own count from the rank that holds it, less one from the owner of each of its
  // anchors in a bucket too large to pair, summed over the ranks below.
  std::vector<int32_t> usable(n, 0);
  for (size_t i = 0; i < local.size(); ++i) {
    const uint32_t r = position[p.global[i]];
    if (r == UINT32_MAX) continue;
    const auto sig = local.signature(i);
    if (!sig.empty() && sig[0] != pipeline::kEmptyBin)
      for (uint32_t t = 0; t < 2; ++t)
        for (size_t band = 0; band < bandings[t].bands; ++band) {
          const uint64_t key = pipeline::BandKey(sig, bandings[t], band);
          band_to[owners.OfKey(key)].push_back({key, static_cast<uint32_t>(t * 1024 + band), r});
        }
    if (o.anchor_rate > 0) {
      // The anchors are in memory when the sets are spilled (pipeline::SpillSets).
      const auto set = local.resident_shingles(i);
      const uint32_t limit = pipeline::AnchorLimit(o, local.meta(i).unit);
      const auto end = std::lower_bound(set.begin(), set.end(), limit);
      const uint32_t anchors = static_cast<uint32_t>(end - set.begin());
      usable[r] += static_cast<int32_t>(anchors);
      for (auto it = set.begin(); it != end; ++it)
        anchor_to[owners.OfKey(*it)].push_back(uint64_t{*it} << 32 | r);
    }
    if (loose_pairs && local.loose(i).size == pipeline::kLooseSample)
      for (uint32_t v : local.loose(i).span()) loose_to[owners.OfKey(v)].push_back(uint64_t{v} << 32 | r);
  }
  for (int q = 0; q < ranks; ++q) {
    shuffle_bytes[0] += band_to[q].size() * sizeof(BandRecord);
    shuffle_bytes[1] += (anchor_to[q].size() + loose_to[q].size()) * sizeof(AnchorRecord);
  }
  std::vector<BandRecord> bands = ExchangeRecords(&band_to, ranks);
  std::vector<AnchorRecord> anchors = ExchangeRecords(&anchor_to, ranks);
  std::vector<AnchorRecord> loose = ExchangeRecords(&loose_to, ranks);

  // The buckets this rank owns, as the engine makes them.
  std::vector<PairRecord> found;
  // Sorted by (band, key, position): by band with a counting sort, then each band's records
  // (as many as one band of the engine's CandidatePairsFromKeys: they fit in a cache) by key
  // and position.
  // (Each band: a radix sort by key, then the records of each key, a few, by position.)
  std::vector<PairRecord> pair_scratch;
  {
    const size_t bins = 2 * 1024;
    std::vector<BandRecord> band, band_scratch;
    BinSort(&bands, bins, [](const BandRecord& x) { return x.band; }, [&](BandRecord* first, BandRecord* last) {
      band.assign(first, last);
      pipeline::RadixSortBy(&band, [](const BandRecord& x) { return x.key; }, &band_scratch);
      for (size_t a = 0; a < band.size();) {
        size_t b = a + 1;
        while (b < band.size() && band[b].key == band[a].key) ++b;
        if (b - a > 1)
          std::sort(band.begin() + a, band.begin() + b, [](const BandRecord& x, const BandRecord& y) { return x.r < y.r; });
        a = b;
      }
      std::copy(band.begin(), band.end(), first);
    });
  }
  for (size_t a = 0; a < bands.size();) {
    size_t b = a;
    while (b < bands.size() && bands[b].band == bands[a].band && bands[b].key == bands[a].key) ++b;
    for (size_t x = a; x < b; ++x) {
      const size_t limit = std::min(b, x + 1 + o.max_bucket);
      for (size_t y = x + 1; y < limit; ++y) found.push_back({bands[x].r, bands[y].r, 0});
    }
    a = b;
  }
  std::vector<BandRecord>().swap(bands);
  SortPairs(&found, &pair_scratch);
  found.erase(std::unique(found.begin(), found.end(),
                          [](const PairRecord& x, const PairRecord& y) { return x.a == y.a && x.b == y.b; }),
              found.end());
  {
    std::vector<AnchorRecord> scratch;
    pipeline::RadixSortBy(&anchors, [](AnchorRecord x) { return x; }, &scratch);
  }
  auto anchor_r = [](AnchorRecord x) { return static_cast<uint32_t>(x); };
  std::vector<PairRecord> hits;
  for (size_t a = 0; a < anchors.size();) {
    size_t b = a;
    while (b < anchors.size() && anchors[b] >> 32 == anchors[a] >> 32) ++b;
    if (b - a <= o.max_anchor_bucket) {
      for (size_t x = a; x < b; ++x)
        for (size_t y = x + 1; y < b; ++y)
          hits.push_back({anchor_r(anchors[x]), anchor_r(anchors[y]), 1});
    } else {
      for (size_t x = a; x < b; ++x) --usable[anchor_r(anchors[x])];  // could not be shared: not counted
    }
    a = b;
  }
  std::vector<AnchorRecord>().swap(anchors);
  // Each pair's hits counted here in part (summed at the pair's owner), flagged by their source.
  auto add_counts = [&](uint32_t flag) {
    SortPairs(&hits, &pair_scratch);
    for (size_t a = 0; a < hits.size();) {
      size_t b = a;
      while (b < hits.size() && hits[b].a == hits[a].a && hits[b].b == hits[a].b) ++b;
      found.push_back({hits[a].a, hits[a].b, flag | static_cast<uint32_t>(b - a)});
      a = b;
    }
    hits.clear();
  };
  add_counts(0);
  // The loose values' buckets the same way (held by 2 to kLooseBucket samples), counted apart.
  {
    std::vector<AnchorRecord> scratch;
    pipeline::RadixSortBy(&loose, [](AnchorRecord x) { return x; }, &scratch);
  }
  for (size_t a = 0; a < loose.size();) {
    size_t b = a;
    while (b < loose.size() && loose[b] >> 32 == loose[a] >> 32) ++b;
    if (b - a >= 2 && b - a <= pipeline::kLooseBucket)
      for (size_t x = a; x < b; ++x)
        for (size_t y = x + 1; y < b; ++y) hits.push_back({anchor_r(loose[x]), anchor_r(loose[y]), 1});
    a = b;
  }
  std::vector<AnchorRecord>().swap(loose);
  add_counts(kLooseHits);
  std::vector<PairRecord>().swap(hits);

  // Each pair to the owner of its first article's range of positions.
  std::vector<std::vector<PairRecord>> pair_to(ranks);
  for (const PairRecord& pr : found) {
    pair_to[owners.OfPosition(pr.a)].push_back(pr);
  }
  std::vector<PairRecord>().swap(found);
  for (int q = 0; q < ranks; ++q) shuffle_bytes[2] += pair_to[q].size() * sizeof(PairRecord);
  std::vector<PairRecord> mine = ExchangeRecords(&pair_to, ranks);
  SortPairs(&mine, &pair_scratch);
  std::vector<PairRecord>().swap(pair_scratch);
  if (o.anchor_rate > 0 && n > 0)
    MPI_Allreduce(MPI_IN_PLACE, usable.data(), static_cast<int>(n), MPI_INT32_T, MPI_SUM, MPI_COMM_WORLD);
  const double min_share = pipeline::AnchorMinShare(o);
  const uint32_t min_loose = static_cast<uint32_t>(pipeline::LooseMinShared(o));
  std::string kept;
  uint64_t banded = 0, total = 0;
  for (size_t a = 0; a < mine.size();) {
    size_t b = a;
    bool by_band = false;
    uint32_t count = 0, shared_loose = 0;
    for (; b < mine.size() && mine[b].a == mine[a].a && mine[b].b == mine[a].b; ++b) {
      if (mine[b].hits == 0) by_band = true;
      else if (mine[b].hits & kLooseHits) shared_loose += mine[b].hits & ~kLooseHits;
      else count += mine[b].hits;
    }
    const int32_t smaller = std::min(usable[mine[a].a], usable[mine[a].b]);
    const bool by_anchors = count > 0 && count >= o.min_anchor_hits &&
                            static_cast<double>(count) >= min_share * static_cast<double>(smaller);
    const bool by_loose = loose_pairs && shared_loose >= min_loose;
    if (by_band || by_anchors || by_loose) {
      Put(std::pair<uint32_t, uint32_t>(mine[a].a, mine[a].b), &kept);
      banded += by_band;
      ++total;
    }
    a = b;
  }
  std::vector<PairRecord>().swap(mine);
  uint64_t counts[2] = {banded, total}, sums[2] = {0, 0};
  MPI_Reduce(counts, sums, 2, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
  pipeline::GivenCandidates given;
  std::vector<std::string> parts = GatherParts(kept, job.rank, ranks, true);
  if (job.rank == 0) {
    struct Pair {
      uint32_t a, b;
    };
    for (const Pair& pr : Records<Pair>(parts)) given.pairs.emplace_back(pr.a, pr.b);
    given.anchor_pairs = o.anchor_rate > 0 ? sums[1] - sums[0] : 0;
  }
  return given;
}

// The shingle sets of a store in ascending order of index, those `wanted` read a block at a
// time from a spilled store (SketchStore::ReadSets: one pread a run of the spill file).
class AscendingSets {
 public:
  AscendingSets(const pipeline::SketchStore& store, std::function<bool(size_t)> wanted)
      : store_(store), wanted_(std::move(wanted)) {}
  // The set of article i: one that is wanted, and not before the last one asked for.
  std::span<const uint32_t> Get(size_t i) {
    if (!store_.spilled()) return store_.shingles(i);
    const std::span<const uint32_t>* set = batch_.Find(static_cast<uint32_t>(i));
    if (set == nullptr) {
      want_.clear();
      for (size_t j = i; j < store_.size() && want_.size() < kBlock; ++j)
        if (j == i || wanted_(j)) want_.push_back(static_cast<uint32_t>(j));
      store_.ReadSets(want_, &batch_);
      set = batch_.Find(static_cast<uint32_t>(i));
    }
    return *set;
  }
  // The rest of article i's wide loose sample (read with its set; `scratch` for a store that
  // does not spill).
  pipeline::WideRest Rest(size_t i, std::vector<uint32_t>* scratch) {
    if (!store_.spilled()) return store_.Rest(i, scratch);
    (void)Get(i);
    return batch_.FindRest(static_cast<uint32_t>(i));
  }

 private:
  static constexpr size_t kBlock = 1024;
  const pipeline::SketchStore& store_;
  std::function<bool(size_t)> wanted_;
  std::vector<uint32_t> want_;
  pipeline::SetBatch batch_;
};

// The cluster of article i of `store` alone (ClusterSketches's for an article in no verified pair
// and no exact-duplicate group), with an empty id.
Cluster SingleCluster(const pipeline::SketchStore& store, size_t i, bool fill_members) {
  Cluster c;
  c.canonical = static_cast<uint32_t>(i);
  c.canonical_reason = "only";
  c.members.resize(1);
  pipeline::Member& m = c.members[0];
  m.article = static_cast<uint32_t>(i);
  m.id = std::string(store.id(i));
  m.jaccard = m.containment = 1;
  if (fill_members) pipeline::FillMember(store, &m);
  return c;
}

// The clusters formatted by the other ranks (SingleCluster's, as (global index, JSON) records in
// `parts`), in output order, each with its id: the k-th is cluster k's of those `elsewhere` marks
// (their members empty in `clusters`; the canonical is the article's global index). Throws when
// the two disagree.
std::vector<std::string> SinglesJson(const std::vector<std::string>& parts, const std::vector<Cluster>& clusters,
                                     const std::vector<char>& elsewhere, uint64_t n) {
  std::vector<uint32_t> slot(n, UINT32_MAX);
  std::vector<size_t> index;  // per slot: the cluster's
  for (size_t k = 0; k < clusters.size(); ++k)
    if (elsewhere[k]) {
      slot[clusters[k].canonical] = static_cast<uint32_t>(index.size());
      index.push_back(k);
    }
  const size_t count = index.size();
  std::vector<std::string> out(count);
  constexpr std::string_view kNoId = "{\"id\":\"\"";
  size_t received = 0;
  for (const auto& part : parts) {
    Cursor c(part.data(), part.data() + part.size());
    while (!c.done()) {
      const uint64_t g = c.U64();
      const std::string_view json = c.Str();
      if (g >= n || slot[g] == UINT32_MAX || json.substr(0, kNoId.size()) != kNoId || !out[slot[g]].empty())
        throw std::logic_error("distributed: a single's cluster is not rank 0's");
      std::string& o = out[slot[g]];
      o.reserve(json.size() + 16);
      o.append("{\"id\":\"").append(pipeline::ClusterId(index[slot[g]])).append("\"").append(json.substr(kNoId.size()));
      ++received;
    }
  }
  if (received != count) throw std::logic_error("distributed: a single's cluster is missing");
  return out;
}

// This rank's stages, wall and CPU seconds (of the whole process: the MPI threads included),
// printed on stderr by Print under COPYDESK_MPI_VERBOSE. The wall time of a stage includes the
// waits for the other ranks; its CPU time does not (they wait without spinning: Wait).
class Trace {
 public:
  Trace() : on_(std::getenv("COPYDESK_MPI_VERBOSE") != nullptr), wall_(std::chrono::steady_clock::now()), cpu_(Cpu()) {}
  void Mark(const char* stage) {
    if (!on_) return;
    const auto wall = std::chrono::steady_clock::now();
    const double cpu = Cpu();
    char line[160];
    std::snprintf(line, sizeof line, " %s %.2f s wall, %.2f s cpu;", stage, std::chrono::duration<double>(wall - wall_).count(),
                  cpu - cpu_);
    text_ += line;
    wall_ = wall;
    cpu_ = cpu;
  }
  void Print(int rank) const {
    if (!on_) return;
    std::fprintf(stderr, "copydesk: rank %d:%s total %.2f s cpu\n", rank, text_.c_str(), Cpu());
  }

 private:
  static double Cpu() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
  }
  bool on_;
  std::string text_;
  std::chrono::steady_clock::time_point wall_;
  double cpu_;
};

Result<pipeline::StreamResult> Run(const Session& session, const std::vector<std::string>& inputs,
                                   const pipeline::RunOptions& options, const pipeline::StreamOptions& stream,
                                   const ClusterJsonSink& sink) {
  const int rank = session.rank(), ranks = session.ranks();
  for (const auto& in : inputs)
    if (in == "-") return InvalidArgument("standard input (-) cannot be read under mpirun: name files");
  pipeline::StreamResult r;
  auto created = normalizers::Normalizer::Create(options.normalize);
  if (!created.ok()) return created.status();
  const normalizers::Normalizer& normalizer = *created.value();
  const size_t threads = corpus::ResolveThreads(options.threads);
  pipeline::DedupOptions dedup = options.dedup;
  dedup.threads = threads;
  const Job job{session, rank, ranks, options, stream, normalizer, threads, dedup};

  Trace trace;
  Pass1 p(dedup);
  // Each rank's sets past their anchors go to a file, as one process's do (StreamDedup): the
  // shuffle reads the anchors, the sets gather the sets it sends, read back a block at a time.
  // A --temp-dir that a rank cannot use ends the job on every rank, as it ends one process's;
  // $TMPDIR's failure only keeps the sets in memory, with a warning.
  Status spill = stream.spill_shingles ? pipeline::SpillSets(stream, dedup, &p.local) : Status::Ok();
  if (!spill.ok() && !stream.spill_dir.empty() && rank != 0)
    std::fprintf(stderr, "copydesk: rank %d: --temp-dir: %s\n", rank, spill.message().c_str());
  if (!session.AllAgree(spill.ok() || stream.spill_dir.empty())) {
    return Status(StatusCode::kInvalidArgument,
                  "--temp-dir: " + (spill.ok() ? std::string("another rank cannot use it (its message is above)") : spill.message()));
  }
  if (!spill.ok())
    std::fprintf(stderr, "copydesk: warning: rank %d: %s: the shingle sets stay in memory (give --temp-dir a directory that can take them)\n",
                 rank, spill.message().c_str());
  const bool ranges = std::getenv("COPYDESK_MPI_REPLICATED_READ") == nullptr && ReadRanges(job, inputs, &p);
  if (!ranges) ReadReplicated(job, inputs, &p);
  const uint64_t n = p.n;
  const pipeline::SketchStore& local = p.local;
  std::vector<std::string>& local_texts = p.texts;
  const normalizers::LineStats& stats = p.stats;
  r.timings.push_back({ranges ? "read (in normalize+sketch)" : "read (waiting)", p.read_wait});
  r.timings.push_back({"normalize+sketch", p.sketching});
  r.read = std::move(p.read);
  double exchange = p.exchange;
  // This rank's index of the article with global index g, or -1.
  auto local_index = [&p](uint64_t g) -> int64_t {
    auto it = std::lower_bound(p.global.begin(), p.global.end(), g);
    return it != p.global.end() && *it == g ? it - p.global.begin() : -1;
  };

  // Rank 0 clusters. It first gets every article's fields, shingle count and normalized text
  // size (every rank does when the reports are shared out: the reports read the ids, origins
  // and which texts are kept) and gives every rank the articles' positions in id order; the
  // ranks make the candidate pairs (ShuffleCandidates); then rank 0 gets the shingle sets the
  // clustering reads: those of the articles in a candidate pair or in a group of exact
  // duplicates. Any other article is a cluster of its own, of which only the set's size is read.
  // With COPYDESK_MPI_CLUSTER_ON_ROOT, rank 0 gets every signature and set and makes the
  // candidates itself.
  const bool shuffle = std::getenv("COPYDESK_MPI_CLUSTER_ON_ROOT") == nullptr;
  // Without reports, a cluster of one article that no candidate pair and no exact-duplicate group
  // holds (its set is never read) stays out of rank 0's store and the engine: the rank holding
  // the article formats it, with an empty id, while rank 0 clusters the others; rank 0 puts the
  // two lists in id order and fills in the ids (SinglesJson).
  const bool singles_apart = shuffle && !dedup.reports && ranks > 1;
  const bool share_reports = dedup.reports && ranks > 1;
  const bool has_fields = rank == 0 || share_reports;  // gets every article's fields
  std::vector<uint64_t> text_size(n, 0);
  session.Ready();
  trace.Mark("pass 1 (exchange waits included)");
  // Where each article's fields are: this rank's own (local >= 0), or a record of another rank.
  struct Fields {
    int64_t local = -1;
    const char* info = nullptr;  // PutInfo's bytes
    size_t info_size = 0;
    std::string_view id;
    uint64_t hash[2] = {0, 0};
    uint64_t count = 0;  // shingles
  };
  std::vector<Fields> fields(has_fields ? n : 0);
  std::vector<std::string> field_parts;
  {
    auto t0 = std::chrono::steady_clock::now();
    // A record: global index, content hash, shingle count, text size, id, then PutInfo's bytes.
    Writer mine, info;
    if (rank != 0 || share_reports)
      for (size_t i = 0; i < local.size(); ++i) {
        const pipeline::ArticleMeta& m = local.meta(i);
        mine.U64(p.global[i]);
        mine.U64(m.content_hash[0]);
        mine.U64(m.content_hash[1]);
        mine.U64(local.shingle_count(i));
        mine.U64(dedup.reports ? local_texts[i].size() : 0);
        mine.Str(local.id(i));
        info.data().clear();
        PutInfo(local.Info(i), &info);
        mine.Str(info.data());
      }
    field_parts = GatherParts(mine.data(), rank, ranks, !share_reports);
    std::string().swap(mine.data());
    if (has_fields) {
      field_parts[rank].clear();  // this rank's own are read from its store
      size_t own = 0;
      InGlobalOrder(
          field_parts, n,
          [&](Cursor& c, uint64_t g) {
            Fields& f = fields[g];
            f.hash[0] = c.U64();
            f.hash[1] = c.U64();
            f.count = c.U64();
            text_size[g] = c.U64();
            f.id = c.Str();
            const std::string_view blob = c.Str();
            f.info = blob.data();
            f.info_size = blob.size();
          },
          [&](uint64_t g) {
            if (own == local.size() || p.global[own] != g) return false;
            Fields& f = fields[g];
            f.local = static_cast<int64_t>(own);
            f.id = local.id(own);
            f.hash[0] = local.meta(own).content_hash[0];
            f.hash[1] = local.meta(own).content_hash[1];
            f.count = local.shingle_count(own);
            text_size[g] = dedup.reports ? local_texts[own].size() : 0;
            ++own;
            return true;
          });
    }
    exchange += SecondsSince(t0);
  }
  r.timings.push_back({"exchange", exchange});
  trace.Mark("fields gather");
  r.stats.articles = n;
  auto info_of = [&](uint64_t g) {
    const Fields& f = fields[g];
    if (f.local >= 0) return local.Info(static_cast<size_t>(f.local));
    Cursor c(f.info, f.info + f.info_size);
    return GetInfo(&c);
  };

  // Candidate pairs across the ranks: rank 0 gives every article's position in id order
  // (UINT32_MAX for an exact duplicate of an earlier one), as ClusterSketches orders them, and
  // marks the articles whose sets the clustering reads.
  pipeline::GivenCandidates given;
  std::vector<uint32_t> order;  // rank 0: the articles in id order
  std::vector<uint8_t> needed((n + 7) / 8, shuffle ? 0 : 0xFF);  // a bit per article
  auto need = [&needed](uint64_t g) { needed[g / 8] |= static_cast<uint8_t>(1u << (g % 8)); };
  auto is_needed = [&needed](uint64_t g) { return (needed[g / 8] >> (g % 8)) & 1; };
  if (shuffle) {
    pipeline::StageTimer t(&r.timings, "candidates (shuffle)");
    std::string positions;
    if (rank == 0) {
      order.resize(n);
      std::iota(order.begin(), order.end(), 0);
      std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return fields[a].id < fields[b].id; });
      std::vector<uint32_t> position(n, UINT32_MAX);
      // The engine's step 1, so that the groups are the ones ClusterSketches makes.
      const std::vector<uint32_t> exact_of = pipeline::ExactDuplicateOf(
          order, [&](uint32_t g) { return pipeline::ContentHash{fields[g].hash[0], fields[g].hash[1]}; });
      for (size_t k = 0; k < n; ++k) {
        const uint32_t g = order[k];
        if (exact_of[g] == g) {
          position[g] = static_cast<uint32_t>(k);
        } else {  // an exact duplicate: its cluster reads both sets
          need(g);
          need(exact_of[g]);
        }
      }
      positions.assign(reinterpret_cast<const char*>(position.data()), n * sizeof(uint32_t));
    }
    Broadcast(&positions, rank);
    std::vector<uint32_t> position(n);
    if (n > 0) std::memcpy(position.data(), positions.data(), n * sizeof(uint32_t));
    std::string().swap(positions);
    size_t bytes[3] = {0, 0, 0};  // band keys, anchors, pairs
    given = ShuffleCandidates(job, p, position, n, bytes);
    if (rank == 0)
      for (const auto& [a, b] : given.pairs) {
        need(order[a]);
        need(order[b]);
      }
    std::string bits(needed.begin(), needed.end());
    Broadcast(&bits, rank);
    std::copy(bits.begin(), bits.end(), needed.begin());
    if (std::getenv("COPYDESK_MPI_VERBOSE") != nullptr) {
      const double per = static_cast<double>(std::max<size_t>(1, local.size()));
      std::fprintf(stderr,
                   "copydesk: rank %d: shuffle sent %zu bytes, per article %.0f (band keys %.0f, anchors %.0f, "
                   "pairs %.0f)\n",
                   rank, bytes[0] + bytes[1] + bytes[2], (bytes[0] + bytes[1] + bytes[2]) / per, bytes[0] / per,
                   bytes[1] / per, bytes[2] / per);
    }
  }
  trace.Mark("candidates (shuffle)");

  // The sets rank 0 reads, and its store in global order (the other ranks' stores, when they
  // share out the reports, hold the fields only).
  pipeline::SketchStore store(dedup.shingles, dedup.minhash);
  if (shuffle) store.DropSignatures();
  std::vector<uint64_t> store_global;  // with singles_apart: each article of rank 0's store, its global index
  {
    pipeline::StageTimer t(&r.timings, "sets gather");
    Writer mine;
    size_t sent = 0;
    AscendingSets own(local, [&](size_t i) { return is_needed(p.global[i]); });
    std::vector<uint32_t> rest_scratch;  // a set's wide-sample rest goes with it (verification reads it)
    if (rank != 0)
      for (size_t i = 0; i < local.size(); ++i) {
        if (!is_needed(p.global[i])) continue;
        mine.U64(p.global[i]);
        if (!shuffle) mine.U32s(local.signature(i));
        mine.U32s(own.Get(i));
        const pipeline::WideRest rest = own.Rest(i, &rest_scratch);
        mine.U64(rest.count);
        mine.U32s(rest.record);
        ++sent;
      }
    std::vector<std::string> parts = GatherParts(mine.data(), rank, ranks, true);
    std::string().swap(mine.data());
    if (std::getenv("COPYDESK_MPI_VERBOSE") != nullptr)
      std::fprintf(stderr, "copydesk: rank %d: sent %zu of its %zu shingle sets to rank 0\n", rank, sent,
                   local.size());
    if (rank == 0) {
      std::vector<Cursor> from;
      std::vector<uint64_t> next(ranks, UINT64_MAX);
      for (int q = 0; q < ranks; ++q) {
        from.emplace_back(parts[q].data(), parts[q].data() + parts[q].size());
        if (!from[q].done()) next[q] = from[q].U64();
      }
      std::vector<uint32_t> sig, set, record;
      for (uint64_t g = 0; g < n; ++g) {
        const Fields& f = fields[g];
        if (singles_apart && !is_needed(g)) continue;  // not in the store
        if (singles_apart) store_global.push_back(g);
        if (f.local >= 0) {
          const size_t i = static_cast<size_t>(f.local);
          if (!is_needed(g))
            store.AppendCounted(local.Info(i), f.count);
          else
            store.Append(local.Info(i), shuffle ? std::span<const uint32_t>() : local.signature(i), own.Get(i),
                         own.Rest(i, &rest_scratch));
          continue;
        }
        if (!is_needed(g)) {
          store.AppendCounted(info_of(g), f.count);
          continue;
        }
        const size_t q = std::find(next.begin(), next.end(), g) - next.begin();
        if (q == next.size()) throw std::logic_error("distributed: a shingle set is missing from the gather");
        if (!shuffle) from[q].U32s(&sig);
        from[q].U32s(&set);
        const size_t rest_count = from[q].U64();
        from[q].U32s(&record);
        next[q] = from[q].done() ? UINT64_MAX : from[q].U64();
        if (record.size() != pipeline::WideRestValues(rest_count))
          throw std::logic_error("distributed: a wide sample's rest came malformed");
        store.Append(info_of(g), sig, set, pipeline::WideRest{record, rest_count});
      }
      if (singles_apart) {
        // The pairs' positions in id order among the articles of the store, as the engine
        // orders them (the same ids, fewer of them).
        std::vector<uint32_t> kept_at(n, UINT32_MAX);
        uint32_t at = 0;
        for (uint64_t k = 0; k < n; ++k)
          if (is_needed(order[k])) kept_at[k] = at++;
        for (auto& [a, b] : given.pairs) {
          a = kept_at[a];
          b = kept_at[b];
        }
      }
    } else if (share_reports) {
      store.DropSignatures();
      for (uint64_t g = 0; g < n; ++g) store.AppendCounted(info_of(g), fields[g].count);
    }
    std::vector<Fields>().swap(fields);
    std::vector<std::string>().swap(field_parts);
  }
  r.sketch_bytes = store.bytes();
  trace.Mark("sets gather");
  // The openings' stock-value count (pipeline::CountLeadHolders) reads every article's set, and
  // rank 0 holds only the sets the clustering reads: each rank counts the holders among its own
  // articles and rank 0 sums the counts, so that they are one process's.
  if (shuffle) {
    pipeline::StageTimer t(&r.timings, "openings count");
    std::string values;
    if (rank == 0) {
      const std::vector<uint32_t> v = pipeline::LeadValues(store, dedup);
      values.assign(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint32_t));
    }
    Broadcast(&values, rank);
    std::vector<uint32_t> lead_values(values.size() / sizeof(uint32_t));
    if (!lead_values.empty()) std::memcpy(lead_values.data(), values.data(), values.size());
    std::string().swap(values);
    std::vector<uint32_t> counts, sums(rank == 0 ? lead_values.size() : 0);
    pipeline::CountLeadHolders(local, dedup, lead_values, &counts);
    // Every rank there first (a barrier waited for without a busy core), then the sums in
    // MPI's own blocking reduce: a large non-blocking reduce moves a segment each time it is
    // tested, and Wait's sleeps between tests made it take ~0.15-0.2 s at 100k.
    MPI_Request arrived;
    MPI_Ibarrier(MPI_COMM_WORLD, &arrived);
    Wait(&arrived);
    const size_t chunk = MessageBytes() / sizeof(uint32_t);
    for (size_t at = 0; at < counts.size(); at += chunk)
      MPI_Reduce(counts.data() + at, rank == 0 ? sums.data() + at : nullptr,
                 static_cast<int>(std::min(chunk, counts.size() - at)), MPI_UINT32_T, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank == 0) given.lead_holders = std::move(sums);
  }
  trace.Mark("openings count");
  // Without reports (singles_apart), each rank other than 0 formats the clusters of its own
  // articles that no candidate pair and no exact-duplicate group holds (each a cluster of its
  // own, "only") while rank 0 clusters: only rank 0 knows a cluster's place in the output, so
  // these are formatted with an empty id, which rank 0 fills in (SinglesJson).
  if (!dedup.reports && rank != 0) {  // rank 0 clusters and writes
    if (singles_apart) {
      Writer singles;
      {
        pipeline::StageTimer t(&r.timings, "singles");
        std::string scratch;
        for (size_t i = 0; i < local.size(); ++i) {
          if (is_needed(p.global[i])) continue;
          scratch.clear();
          pipeline::AppendClusterJson(SingleCluster(local, i, dedup.fill_members), false, &scratch);
          singles.U64(p.global[i]);
          singles.Str(scratch);
        }
      }
      trace.Mark("singles");
      GatherParts(singles.data(), rank, ranks, true);
      trace.Mark("singles gather (waits for rank 0's clustering)");
    }
    trace.Print(rank);
    return r;
  }

  // The engine's clustering, on rank 0; the clusters go to every rank when reports are shared.
  pipeline::DedupResult d;
  std::vector<char> elsewhere;  // per cluster: formatted by the rank holding its article
  {
    pipeline::StageTimer t(&r.timings, "cluster");
    if (rank == 0 && singles_apart) {
      // The engine on the articles in pairs and exact groups; then its clusters and the singles
      // merged in id order (the engine's are sorted by their canonical's id).
      pipeline::LeanClusters lean = pipeline::ClusterSketchesLean(store, dedup, &given);
      trace.Mark("cluster (engine)");
      d.stats = lean.stats;
      d.stats.articles = n;
      std::vector<int32_t> cluster_of(n, -1);  // by canonical's global index
      for (size_t j = 0; j < lean.clusters.size(); ++j)
        cluster_of[store_global[lean.clusters[j].canonical]] = static_cast<int32_t>(j);
      for (uint64_t k = 0; k < n; ++k) {
        const uint32_t g = order[k];
        const size_t m = d.clusters.size();
        if (is_needed(g)) {
          if (cluster_of[g] < 0) continue;  // a member of another article's cluster
          d.clusters.push_back(pipeline::ExpandCluster(store, lean, static_cast<size_t>(cluster_of[g]), dedup.fill_members));
        } else if (const int64_t i = local_index(g); i >= 0) {
          d.clusters.push_back(SingleCluster(local, static_cast<size_t>(i), dedup.fill_members));
        } else {
          d.clusters.emplace_back();  // another rank's: members left empty
          d.clusters.back().canonical = g;
          elsewhere.resize(m + 1, 0);
          elsewhere[m] = 1;
        }
        d.clusters.back().id = pipeline::ClusterId(m);
      }
      elsewhere.resize(d.clusters.size(), 0);
    } else if (rank == 0) {
      d = pipeline::ClusterSketches(store, dedup, shuffle ? &given : nullptr);
    }
    if (dedup.reports && ranks > 1) {
      Writer w;
      if (rank == 0) {
        w.U64(d.clusters.size());
        for (const Cluster& c : d.clusters) PutCluster(c, &w);
      }
      Broadcast(&w.data(), rank);
      if (rank != 0) {
        Cursor c(w.data().data(), w.data().data() + w.data().size());
        d.clusters.resize(c.U64());
        for (Cluster& k : d.clusters) k = GetCluster(&c);
      }
    }
  }
  if (rank == 0) r.stats = d.stats;
  r.clusters = d.clusters.size();
  trace.Mark("cluster");

  auto t_reports = std::chrono::steady_clock::now();
  // Who formats each cluster: a cluster with copies goes to the least loaded rank (by members),
  // the others to rank 0.
  std::vector<int> owner(d.clusters.size(), 0);
  {
    std::vector<size_t> load(ranks, 0);
    for (size_t k = 0; k < d.clusters.size(); ++k) {
      if (d.clusters[k].members.size() < 2 || !dedup.reports) continue;
      owner[k] = static_cast<int>(std::min_element(load.begin(), load.end()) - load.begin());
      load[owner[k]] += d.clusters[k].members.size();
    }
  }
  std::vector<Cluster> mine;
  std::vector<size_t> mine_index;
  for (size_t k = 0; k < d.clusters.size(); ++k)
    if (owner[k] == rank && (elsewhere.empty() || !elsewhere[k])) {
      mine.push_back(std::move(d.clusters[k]));
      mine_index.push_back(k);
    }
  if (dedup.reports) {
    // The texts a single process would have kept (pass 1 keeps every text that cannot be read
    // again, and the others while they fit in report_text_bytes); the rest are read again.
    std::vector<char> kept(n, 0);
    size_t text_bytes = 0;
    for (uint64_t g = 0; g < n; ++g) {
      if (!corpus::CanReadAgain(store.Info(g).origin) || text_bytes + text_size[g] <= stream.report_text_bytes) {
        text_bytes += text_size[g];
        kept[g] = 1;
      }
    }
    std::vector<std::string> texts(n);
    std::vector<std::string> to(ranks);
    std::vector<Writer> out(ranks);
    for (size_t k = 0; k < d.clusters.size(); ++k) {
      const auto& members = owner[k] == rank ? mine[std::lower_bound(mine_index.begin(), mine_index.end(), k) -
                                                    mine_index.begin()].members
                                             : d.clusters[k].members;
      if (members.size() < 2) continue;
      for (const auto& m : members) {
        const uint64_t g = m.article;
        const int64_t i = local_index(g);
        if (i < 0 || !kept[g]) continue;
        std::string& text = local_texts[i];
        if (owner[k] == rank) {
          texts[g] = std::move(text);
        } else {
          out[owner[k]].U64(g);
          out[owner[k]].Str(text);
        }
      }
    }
    std::vector<std::string>().swap(local_texts);
    for (int q = 0; q < ranks; ++q) to[q] = std::move(out[q].data());
    std::vector<std::string> from = AllToAll(to, ranks);
    for (const auto& part : from) {
      Cursor c(part.data(), part.data() + part.size());
      while (!c.done()) {
        const uint64_t g = c.U64();
        texts[g] = c.Str();
      }
    }
    pipeline::FillParagraphReports(normalizer, stats, store, texts, options, threads, &mine, 0, mine.size(), &r.read);
  }
  // Each rank formats its clusters; rank 0 puts them in order.
  Writer json;
  std::string scratch;
  for (size_t i = 0; i < mine.size(); ++i) {
    scratch.clear();
    pipeline::AppendClusterJson(mine[i], dedup.reports, &scratch);
    json.U64(mine_index[i]);
    json.Str(scratch);
  }
  std::vector<Cluster>().swap(mine);
  std::vector<std::string> all;  // without reports, rank 0's own clusters only: moved, not copied
  if (dedup.reports)
    all = GatherParts(json.data(), rank, ranks, true);
  else
    all.push_back(std::move(json.data()));
  r.timings.push_back({"reports+gather", SecondsSince(t_reports)});
  trace.Mark("reports+gather");
  if (rank != 0) {
    trace.Print(rank);
    return r;
  }
  std::vector<std::string_view> ordered(d.clusters.size());
  for (const auto& part : all) {
    Cursor c(part.data(), part.data() + part.size());
    while (!c.done()) {
      const uint64_t k = c.U64();
      ordered.at(k) = c.Str();
    }
  }
  std::vector<std::string> singles;  // the other ranks' clusters, their ids filled in
  if (singles_apart) {
    const std::vector<std::string> parts = GatherParts(std::string(), rank, ranks, true);
    trace.Mark("singles gather");
    singles = SinglesJson(parts, d.clusters, elsewhere, n);
    for (size_t k = 0, j = 0; k < elsewhere.size(); ++k)
      if (elsewhere[k]) ordered[k] = singles[j++];
  }
  for (const auto& j : ordered) {
    Status s = sink(j);
    if (!s.ok()) return s;
  }
  trace.Mark("write");
  trace.Print(rank);
  return r;
}

}  // namespace

Result<pipeline::StreamResult> MpiDedup(const Session& session, const std::vector<std::string>& inputs,
                                        const pipeline::RunOptions& options,
                                        const pipeline::StreamOptions& stream, const ClusterJsonSink& sink) {
  // A rank that fails alone (out of memory, a worker's exception) would leave the others waiting
  // in a collective: it ends the whole job instead, with the stage's message.
  Result<pipeline::StreamResult> r = Status(StatusCode::kInternal, "distributed dedup did not run");
  Status failed = pipeline::RunStage("distributed dedup", [&] { r = Run(session, inputs, options, stream, sink); });
  if (!failed.ok()) {
    session.Ready();
    std::fprintf(stderr, "copydesk: rank %d: %s\n", session.rank(), failed.message().c_str());
    std::fflush(stderr);
    MPI_Abort(MPI_COMM_WORLD, 2);
  }
  return r;
}

}  // namespace copydesk::distributed
