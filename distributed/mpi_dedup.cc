#include "distributed/mpi_dedup.h"

#include <mpi.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstring>
#include <future>
#include <stdexcept>
#include <thread>

#include "corpus/parallel.h"
#include "normalizers/boilerplate.h"
#include "pipeline/sketch.h"
#include "pipeline/writers.h"

namespace copydesk::distributed {

namespace {

using pipeline::Cluster;

// sizeof(pipeline::ArticleInfo) with the fields PutInfo sends (x86-64, libstdc++).
constexpr size_t kArticleInfoSize = 416;
constexpr size_t kMemberSize = 552, kClusterSize = 96;

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
    std::memcpy(out->data(), p_, n * sizeof(uint32_t));
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

int Count(size_t n) {
  if (n > static_cast<size_t>(INT_MAX))
    throw std::runtime_error(
        "distributed: more than 2 GiB in one MPI message (the sketches of about 600,000 articles gathered on "
        "rank 0, see docs/scale.md)");
  return static_cast<int>(n);
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
    if (tests > 100) std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

// Returns every rank's `mine`, concatenated in rank order; `parts` gets each rank's [begin, end).
std::string AllGather(const std::string& mine, int ranks, std::vector<std::pair<size_t, size_t>>* parts) {
  int n = Count(mine.size());
  std::vector<int> counts(ranks), displs(ranks);
  MPI_Request request;
  MPI_Iallgather(&n, 1, MPI_INT, counts.data(), 1, MPI_INT, MPI_COMM_WORLD, &request);
  Wait(&request);
  size_t total = 0;
  parts->assign(ranks, {});
  for (int r = 0; r < ranks; ++r) {
    displs[r] = Count(total);
    (*parts)[r] = {total, total + counts[r]};
    total += counts[r];
  }
  Count(total);
  std::string all(total, '\0');
  MPI_Allgatherv(mine.data(), n, MPI_BYTE, all.data(), counts.data(), displs.data(), MPI_BYTE, MPI_COMM_WORLD);
  return all;
}

// Sends to_each[r] to rank r; returns what each rank sent here.
std::vector<std::string> AllToAll(const std::vector<std::string>& to_each, int ranks) {
  std::vector<int> send_counts(ranks), recv_counts(ranks), send_displs(ranks), recv_displs(ranks);
  std::string send;
  for (int r = 0; r < ranks; ++r) {
    send_displs[r] = Count(send.size());
    send_counts[r] = Count(to_each[r].size());
    send += to_each[r];
  }
  MPI_Request request;
  MPI_Ialltoall(send_counts.data(), 1, MPI_INT, recv_counts.data(), 1, MPI_INT, MPI_COMM_WORLD, &request);
  Wait(&request);
  size_t total = 0;
  for (int r = 0; r < ranks; ++r) {
    recv_displs[r] = Count(total);
    total += recv_counts[r];
  }
  std::string recv(Count(total), '\0');
  MPI_Alltoallv(send.data(), send_counts.data(), send_displs.data(), MPI_BYTE, recv.data(), recv_counts.data(),
                recv_displs.data(), MPI_BYTE, MPI_COMM_WORLD);
  std::vector<std::string> from(ranks);
  for (int r = 0; r < ranks; ++r) from[r] = recv.substr(recv_displs[r], recv_counts[r]);
  return from;
}

// Returns, on rank 0, every rank's `mine` concatenated in rank order (empty elsewhere); `parts`
// gets each rank's [begin, end) on rank 0.
std::string GatherToRoot(const std::string& mine, int rank, int ranks,
                         std::vector<std::pair<size_t, size_t>>* parts = nullptr) {
  int n = Count(mine.size());
  std::vector<int> counts(ranks), displs(ranks);
  MPI_Request request;
  MPI_Igather(&n, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD, &request);
  Wait(&request);
  size_t total = 0;
  if (parts != nullptr) parts->assign(rank == 0 ? ranks : 0, {});
  if (rank == 0)
    for (int r = 0; r < ranks; ++r) {
      displs[r] = Count(total);
      if (parts != nullptr) (*parts)[r] = {total, total + counts[r]};
      total += counts[r];
    }
  std::string all(rank == 0 ? Count(total) : 0, '\0');
  MPI_Gatherv(mine.data(), n, MPI_BYTE, all.data(), counts.data(), displs.data(), MPI_BYTE, 0, MPI_COMM_WORLD);
  return all;
}

// Sends rank 0's `data` to every rank.
void Broadcast(std::string* data, int rank) {
  uint64_t size = rank == 0 ? data->size() : 0;
  MPI_Request request;
  MPI_Ibcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD, &request);
  Wait(&request);
  data->resize(Count(size));
  MPI_Bcast(data->data(), static_cast<int>(size), MPI_BYTE, 0, MPI_COMM_WORLD);
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

Session::~Session() {
  Ready();
  finalize_.set_value();
  thread_.join();
}

namespace {

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
  const normalizers::BoilerplateOptions& boilerplate = options.normalize.boilerplate;

  // Pass 1: every rank reads every record (a single process's ids, rejections and batches) and
  // normalizes and sketches its share. The next batch is read while this one is processed.
  pipeline::SketchStore local(dedup.shingles, dedup.minhash);
  std::vector<uint64_t> local_global;  // global index of each local sketch
  std::vector<std::string> local_texts;
  normalizers::LineStats stats;
  // Every rank reads every record, and keeps the articles it owns (the others are dropped as
  // they are read).
  corpus::ReadOptions read = options.read;
  read.keep = [rank, ranks](uint64_t g) { return g % ranks == static_cast<uint64_t>(rank); };
  corpus::Reader reader(inputs, read, nullptr);
  uint64_t n = 0;  // articles read so far, all ranks
  double read_wait = 0, sketching = 0, exchange = 0;
  {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<corpus::Article> batch, next;
    uint64_t batch_size = 0, next_size = 0;  // articles in the batch, all ranks
    reader.Next(stream.batch_bytes, &batch);
    batch_size = reader.accepted();
    read_wait += SecondsSince(t0);
    while (batch_size > 0) {
      next.clear();
      auto reading = std::async(std::launch::async, [&] {
        const uint64_t before = reader.accepted();
        reader.Next(stream.batch_bytes, &next);
        next_size = reader.accepted() - before;
      });
      t0 = std::chrono::steady_clock::now();
      std::vector<normalizers::Draft> drafts;
      std::vector<uint64_t> global;  // the global index of each article of `batch`
      for (uint64_t g = n; g < n + batch_size; ++g)
        if (g % ranks == static_cast<uint64_t>(rank)) global.push_back(g);
      if (global.size() != batch.size()) throw std::logic_error("distributed: the reader kept another share");
      drafts.resize(global.size());
      corpus::ParallelFor(global.size(), threads, [&](size_t i, size_t) {
        corpus::Article& a = batch[i];
        corpus::SetCurrentRecord(a.id);
        drafts[i] = normalizer.Prepare(std::move(a));
      });
      // The site lines of the whole batch: each rank's countable lines, counted by every rank
      // (a count is a count, whatever the order it is made in).
      Writer lines;
      for (const auto& d : drafts) {
        const std::string source = normalizers::SourceKey(d.article);
        if (source.empty()) continue;
        lines.Str(source);
        size_t k = 0;
        for (const auto& b : d.blocks) k += normalizers::LineStats::Countable(b.text, boilerplate);
        lines.U64(k);
        for (const auto& b : d.blocks)
          if (normalizers::LineStats::Countable(b.text, boilerplate)) lines.Str(b.text);
      }
      sketching += SecondsSince(t0);
      t0 = std::chrono::steady_clock::now();
      session.Ready();  // MPI_Init ran while the first batch was read and prepared
      std::vector<std::pair<size_t, size_t>> parts;
      const std::string all = AllGather(lines.data(), ranks, &parts);
      exchange += SecondsSince(t0);
      t0 = std::chrono::steady_clock::now();
      {
        Cursor c(all.data(), all.data() + all.size());
        std::vector<normalizers::Block> blocks;
        while (!c.done()) {
          const std::string_view source = c.Str();
          blocks.resize(c.U64());
          for (auto& b : blocks) b.text = c.Str();
          stats.AddArticle(source, blocks, boilerplate);
        }
      }
      std::vector<normalizers::NormalizedArticle> docs(drafts.size());
      corpus::ParallelFor(drafts.size(), threads, [&](size_t i, size_t) {
        corpus::SetCurrentRecord(drafts[i].article.id);
        docs[i] = normalizer.Finish(std::move(drafts[i]), &stats);
      });
      local.Add(docs, threads);
      for (size_t i = 0; i < docs.size(); ++i) {
        local_global.push_back(global[i]);
        if (dedup.reports) local_texts.push_back(std::move(docs[i].text));
      }
      n += batch_size;
      sketching += SecondsSince(t0);
      t0 = std::chrono::steady_clock::now();
      reading.get();
      read_wait += SecondsSince(t0);
      batch.swap(next);
      batch_size = next_size;
    }
  }
  r.timings.push_back({"read (waiting)", read_wait});
  r.timings.push_back({"normalize+sketch", sketching});
  r.read = reader.TakeReport();

  // The sketches, in global order (global index g is local index g / R of rank g % R), on rank 0
  // for the clustering. When the reports are shared out, the other ranks get every article's
  // fields and normalized text size (what the reports read: ids, origins, which texts are kept),
  // not its signature and shingles.
  pipeline::SketchStore store(dedup.shingles, dedup.minhash);
  std::vector<uint64_t> text_size(n, 0);
  const bool share_reports = dedup.reports && ranks > 1;
  session.Ready();
  {
    auto t0 = std::chrono::steady_clock::now();
    Writer mine, fields;
    for (size_t i = 0; i < local.size(); ++i) {
      const uint64_t size = dedup.reports ? local_texts[i].size() : 0;
      PutInfo(local.info(i), &mine);
      mine.U32s(local.signature(i));
      mine.U32s(local.shingles(i));
      mine.U64(size);
      if (share_reports) {
        PutInfo(local.info(i), &fields);
        fields.U64(size);
      }
    }
    std::vector<std::pair<size_t, size_t>> parts;
    std::string all = GatherToRoot(mine.data(), rank, ranks, &parts);
    std::string().swap(mine.data());
    std::vector<Cursor> from;
    for (const auto& [b, e] : parts) from.emplace_back(all.data() + b, all.data() + e);
    std::vector<uint32_t> sig, set;
    if (rank == 0)
      for (uint64_t g = 0; g < n; ++g) {
        Cursor& c = from[g % ranks];
        pipeline::ArticleInfo info = GetInfo(&c);
        c.U32s(&sig);
        c.U32s(&set);
        text_size[g] = c.U64();
        store.Append(std::move(info), sig, set);
      }
    std::string().swap(all);
    if (share_reports) {
      all = AllGather(fields.data(), ranks, &parts);
      from.clear();
      for (const auto& [b, e] : parts) from.emplace_back(all.data() + b, all.data() + e);
      const std::vector<uint32_t> no_signature(dedup.minhash.num_perm, pipeline::kEmptyBin);
      if (rank != 0)
        for (uint64_t g = 0; g < n; ++g) {
          Cursor& c = from[g % ranks];
          pipeline::ArticleInfo info = GetInfo(&c);
          text_size[g] = c.U64();
          store.Append(std::move(info), no_signature, {});
        }
    }
    exchange += SecondsSince(t0);
  }
  r.timings.push_back({"exchange", exchange});
  r.sketch_bytes = store.bytes();
  r.stats.articles = n;
  if (!dedup.reports && rank != 0) return r;  // rank 0 clusters and writes

  // The engine's clustering, on rank 0; the clusters go to every rank when reports are shared.
  pipeline::DedupResult d;
  {
    pipeline::StageTimer t(&r.timings, "cluster");
    if (rank == 0) d = pipeline::ClusterSketches(store, dedup);
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
    if (owner[k] == rank) {
      mine.push_back(std::move(d.clusters[k]));
      mine_index.push_back(k);
    }
  if (dedup.reports) {
    // The texts a single process would have kept (pass 1 keeps every text that cannot be read
    // again, and the others while they fit in report_text_bytes); the rest are read again.
    std::vector<char> kept(n, 0);
    size_t text_bytes = 0;
    for (uint64_t g = 0; g < n; ++g) {
      if (!corpus::CanReadAgain(store.info(g).origin) || text_bytes + text_size[g] <= stream.report_text_bytes) {
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
        if (g % ranks != static_cast<uint64_t>(rank) || !kept[g]) continue;
        std::string& text = local_texts[g / ranks];
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
  const std::string all = dedup.reports ? GatherToRoot(json.data(), rank, ranks) : json.data();
  r.timings.push_back({"reports+gather", SecondsSince(t_reports)});
  if (rank != 0) return r;
  std::vector<std::string_view> ordered(d.clusters.size());
  Cursor c(all.data(), all.data() + all.size());
  while (!c.done()) {
    const uint64_t k = c.U64();
    ordered.at(k) = c.Str();
  }
  for (const auto& j : ordered) {
    Status s = sink(j);
    if (!s.ok()) return s;
  }
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
