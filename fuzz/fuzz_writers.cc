// Builds run results whose every string field holds arbitrary bytes (ids, titles, file names,
// reasons, claim fields, diff text, carried-through "extra" keys and values ...) and checks
// that every writer in pipeline/writers.h still writes valid UTF-8 and valid JSON.
//
// An "extra" value reaches the writers only through the JSONL reader, which re-serializes it
// (JsonWriter::Raw takes valid JSON only): arbitrary bytes are read as the value of a field of
// a JSONL line, and taken as a JSON string when that line is not JSON.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "corpus/json_writer.h"
#include "corpus/reader.h"
#include "fuzz/fuzz_check.h"
#include "pipeline/writers.h"

namespace {

using namespace copydesk;

// Returns what the JSONL reader carries through for a field whose value is `bytes`.
std::string ExtraValue(const std::string& bytes) {
  corpus::ReadReport r;
  corpus::ReadJsonl("f.jsonl", "{\"id\":\"x\",\"text\":\"t\",\"f\":" + bytes + "}", {}, &r);
  if (r.articles.size() == 1 && !r.articles[0].extra.empty()) return r.articles[0].extra[0].second;
  std::string quoted;
  corpus::AppendJsonString(&quoted, bytes);
  return quoted;
}

class Builder {
 public:
  Builder(const uint8_t* data, size_t size) : p_(data, size) {}

  std::string Str() { return p_.ConsumeRandomLengthString(48); }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(p_.ConsumeIntegralInRange<size_t>(0, 3));
    for (auto& s : v) s = Str();
    return v;
  }
  double Num() { return p_.ConsumeBool() ? p_.ConsumeFloatingPoint<double>() : p_.ConsumeIntegral<int16_t>(); }
  size_t Count(size_t max) { return p_.ConsumeIntegralInRange<size_t>(0, max); }
  bool Bool() { return p_.ConsumeBool(); }

  corpus::Rejection Rejection() {
    corpus::Rejection r;
    r.origin.file = Str();
    r.origin.line = p_.ConsumeIntegral<uint64_t>();
    r.id = Str();
    r.reason = Str();
    return r;
  }

  normalizers::NormalizedArticle Doc() {
    normalizers::NormalizedArticle d;
    corpus::Article& a = d.article;
    a.id = Str(); a.source = Str(); a.url = Str(); a.title = Str(); a.published = Str();
    a.byline = Str(); a.dateline = Str(); a.credit = Str();
    a.paragraphs = Strs();
    a.raw = Str();
    a.format = static_cast<corpus::Format>(Count(2));
    a.origin.file = Str();
    a.origin.line = p_.ConsumeIntegral<uint32_t>();
    a.repaired_bytes = p_.ConsumeIntegral<uint64_t>();
    for (size_t i = Count(3); i > 0; --i) {
      std::string key = Str();
      a.extra.emplace_back(std::move(key), ExtraValue(Str()));
    }
    for (size_t i = 0; i < a.paragraphs.size(); ++i)
      d.kinds.push_back(static_cast<normalizers::BlockKind>(Count(2)));
    d.text = Str();
    for (size_t i = Count(2); i > 0; --i) d.removed.push_back({Str(), Str()});
    for (size_t i = Count(2); i > 0; --i)
      d.source_map.push_back({p_.ConsumeIntegral<uint32_t>(), p_.ConsumeIntegral<uint32_t>(),
                              p_.ConsumeIntegral<uint32_t>()});
    d.was_wrapped = Bool();
    return d;
  }

  pipeline::Member Member(uint32_t article) {
    pipeline::Member m;
    m.article = article;
    m.id = Str();
    m.jaccard = Num();
    m.containment = Num();
    m.exact_duplicate = Bool();
    m.credit = {Str(), Str()};
    auto& p = m.paragraphs;
    for (size_t i = Count(2); i > 0; --i) p.kept.push_back({Count(100), Count(100)});
    for (size_t i = Count(2); i > 0; --i) {
      pipeline::EditedParagraph e{Count(100), Count(100), Num(), {}};
      for (size_t j = Count(3); j > 0; --j) e.diff.push_back({"=-+"[Count(2)], Str()});
      p.edited.push_back(std::move(e));
    }
    for (size_t i = Count(2); i > 0; --i) p.cut.push_back(Count(100));
    for (size_t i = Count(2); i > 0; --i) p.added.push_back(Count(100));
    for (size_t i = Count(2); i > 0; --i) p.moved.push_back({Count(100), Count(100)});
    for (size_t i = Count(2); i > 0; --i)
      p.passages.push_back({Count(100), Count(100), Count(1 << 20), Count(1 << 20), Count(1 << 20), Count(1 << 20)});
    p.canonical_words = Count(1 << 20);
    p.kept_words = Count(1 << 20);
    p.added_words = Count(1 << 20);
    return m;
  }

  extractors::Claim Claim() {
    extractors::Claim c;
    c.article_id = Str(); c.claim_id = Str(); c.sentence = Str();
    c.span_begin = p_.ConsumeIntegral<uint32_t>();
    c.span_end = p_.ConsumeIntegral<uint32_t>();
    if (Bool()) c.source_span = std::pair<uint32_t, uint32_t>{p_.ConsumeIntegral<uint32_t>(), p_.ConsumeIntegral<uint32_t>()};
    auto& q = c.quantity;
    q.value = Num();
    if (Bool()) q.hi = Num();
    q.unit = Str(); q.noun = Str(); q.approx = Str(); q.surface = Str(); q.multiplier_verb = Str();
    c.kind = Str(); c.direction = Str(); c.verb = Str(); c.subject = Str(); c.source = Str();
    if (Bool()) c.period = extractors::Period{Str(), Str(), Str()};
    return c;
  }

  std::vector<extractors::ValueGroup> Values() {
    std::vector<extractors::ValueGroup> v(Count(3));
    for (auto& g : v) g = {Num(), Str(), Strs()};
    return v;
  }

  FuzzedDataProvider p_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Builder b(data, size);
  pipeline::RunResult r;
  for (size_t i = b.Count(2); i > 0; --i) r.read.rejected.push_back(b.Rejection());
  for (size_t i = b.Count(2); i > 0; --i) r.read.warnings.push_back(b.Rejection());
  for (size_t i = b.Count(2); i > 0; --i) r.read.skipped.push_back({b.Str(), b.Str()});
  r.read.records_read = b.p_.ConsumeIntegral<uint64_t>();
  r.read.repaired_records = b.p_.ConsumeIntegral<uint64_t>();
  r.read.input_files = b.p_.ConsumeIntegral<uint64_t>();
  for (size_t i = b.Count(3); i > 0; --i) r.docs.push_back(b.Doc());
  for (size_t i = b.Count(2); i > 0; --i) {
    pipeline::Cluster c;
    c.id = b.Str();
    c.canonical = static_cast<uint32_t>(b.Count(3));
    c.canonical_reason = b.Str();
    c.members.push_back(b.Member(c.canonical));
    for (size_t j = b.Count(2); j > 0; --j) c.members.push_back(b.Member(static_cast<uint32_t>(b.Count(3))));
    r.dedup.clusters.push_back(std::move(c));
  }
  r.dedup.stats.candidate_pairs = b.Count(1000);
  for (size_t i = b.Count(3); i > 0; --i) r.claims.push_back(b.Claim());
  for (size_t i = r.claims.empty() ? 0 : b.Count(2); i > 0; --i) {
    extractors::MergedClaim m;
    m.merged_id = b.Str();
    m.cluster_id = b.Str();
    m.claim = &r.claims[b.Count(r.claims.size() - 1)];
    m.articles = b.Strs();
    m.claim_ids = b.Strs();
    r.merged.merged.push_back(std::move(m));
  }
  for (size_t i = b.Count(2); i > 0; --i)
    r.merged.disagreements.push_back({b.Str(), b.Str(), b.Str(), b.Str(), b.Str(), b.Values()});
  for (size_t i = b.Count(2); i > 0; --i)
    r.merged.conflicts.push_back({b.Str(), b.Str(), b.Str(), b.Str(), b.Values()});
  for (size_t i = b.Count(2); i > 0; --i) r.timings.push_back({b.Str(), b.Num()});
  std::vector<std::string> inputs = b.Strs();
  std::string version = b.Str();

  fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));
  fuzz::CheckJson("clusters.json", pipeline::ClustersJson(r, true));
  fuzz::CheckJson("clusters.json (no reports)", pipeline::ClustersJson(r, false));
  fuzz::CheckJsonl("claims.jsonl", pipeline::ClaimsJsonl(r));
  fuzz::CheckJsonl("merged_claims.jsonl", pipeline::MergedClaimsJsonl(r));
  fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, inputs, {}, version));
  return 0;
}
