// Deduplicate: finds which articles are copies of one another and groups them into clusters,
// each with a canonical article and a syndication report per copy.
//
//   pipeline::DedupResult r = pipeline::Deduplicate(docs, {});
//   for (const auto& c : r.clusters) { docs[c.canonical] ...; c.members ...; }
//
// Or in two steps, when the texts do not fit in memory (see pipeline/stream.h):
//
//   pipeline::SketchStore store(o.shingles, o.minhash);
//   store.Add(batch, 0); ...                          // batch after batch
//   pipeline::DedupResult r = pipeline::ClusterSketches(store, o);
//   r.clusters[k].members[m].paragraphs = pipeline::AlignParagraphs(canonical_doc, copy_doc);
//
// Steps: exact duplicates by content hash; shingles (words, or characters for scripts without
// reliable spaces: pipeline/shingle.h); MinHash; candidates from two LSH bandings (one at the
// Jaccard threshold, a looser one for partial copies) and from shared anchor shingles (a fixed
// sample of the shingle values, which finds short copies of long stories whatever their Jaccard);
// exact verification of every candidate pair; clusters = connected components of the verified
// pairs, with a guard against roundups that contain two stories; a canonical per cluster
// (docs/clustering.md).
//
// Options (defaults):
//   jaccard_threshold            0.5   a pair with Jaccard >= this is a copy
//   containment_threshold        0.7   ... or with |A∩B| / |smaller| >= this
//   min_containment_shingles     20    containment alone needs the smaller side this large
//   heavy_containment_threshold  0.4   ... or a heavy edit: |A∩B| / |smaller| >= this (> 1: off),
//   heavy_larger_share           0.25    and |A∩B| / |larger| >= this,
//   min_heavy_shingles           40      and |A∩B| >= this
//   evidence_containment         0.35  not a copy, but |A∩B| / |smaller| >= this (and
//                                      |A∩B| >= min_heavy_shingles): the smaller quotes the
//                                      larger, a neighbour for the roundup guard only
//   quote_containment            0.2   a quote: |A∩B| / |smaller| >= this (and >=
//                                      min_containment_shingles shared), below the levels above;
//                                      like evidence it joins nothing: it only tells the roundup
//                                      guard that the smaller article quotes the larger
//   copy_share                   0.3   the share of the larger article a copy holds (a hard copy
//                                      keeps 30-50%; a roundup quotes a paragraph or two): a
//                                      containment-only or heavy pair whose smaller side holds
//                                      this much of the larger, and less of every unrelated
//                                      article it quotes, is used even from a bridge
//   quote_balance                0.5   a pair whose smaller side P holds less than copy_share of
//                                      the larger X is not used when P also quotes an article Y
//                                      unrelated to X (quote_containment of P, not in X) and
//                                      holds at least this times as much of Y as of X: P quotes
//                                      two stories alike, a roundup (and whatever the balance
//                                      when P holds under half copy_share of X: a sliver).
//                                      An evidence pair whose smaller side quotes nothing
//                                      else as much joins when it holds heavy_larger_share
//                                      of the larger's story (a lone quote, docs/clustering.md)
//   opening_share                0.66  P holds the opening of X's story when it holds this share
//                                      (of 3 or more usable values) of the lead samples of X and
//                                      of the articles related to X among P's neighbours. A P
//                                      holding the openings of X and of an unrelated article and
//                                      under half of X's story does not join X (a roundup); a P
//                                      with no Jaccard copy that holds no neighbour's opening is
//                                      not judged by the balance test (a hard copy). > 1: off
//   reworded_jaccard             0.22  a reworded copy: a candidate pair no rule above makes a
//                                      copy (a quote at most, or evidence between two articles
//                                      read by words), whose loose grams (word pairs, short
//                                      character grams, once in each: Shingler::LooseSample) have
//                                      an estimated Jaccard >= this,
//   reworded_order               0.85    this share of the shared ones in the same order in both,
//   reworded_gap                 0.3     no stretch of either text longer than this share
//                                        without one (its ends included),
//   reworded_verbatim            0.7     and a shingle Jaccard at most this times the loose one:
//                                      the same text in other words. Joins as a Jaccard pair
//                                      does. reworded_jaccard > 1: off (both rules)
//   reworded_part                0.5   a reworded part: such a pair whose smaller article's loose
//                                      grams are this share or more in the larger (estimated),
//   reworded_part_shared         10      at least this many of the 48 sampled values shared,
//                                        in order (reworded_order), no stretch of the smaller
//                                        text wider than reworded_gap without one, its shingle
//                                        containment at most reworded_verbatim times this share.
//                                      Joins as a Jaccard pair does, as a reworded copy.
//                                      reworded_part > 1: this rule off
//   reworded_ordered             0.9   a reworded copy with fewer values shared: such a pair whose
//   reworded_ordered_shared      8       sampled values share this many or more (one more between
//                                        texts read by characters), this share of them in order,
//                                        no stretch of either text wider than reworded_gap without
//                                        one, the shingle Jaccard as above. The estimate of a third
//                                        of the words replaced spreads over 8-19 of 48 values;
//                                        unrelated texts that share 8 share them in another order.
//                                        reworded_ordered > 1: this rule off
//   reworded_wide                0.12  a reworded copy by the wide samples (kWideSample values:
//   reworded_wide_order          0.85    SketchStore::Rest): such a pair no rule above makes a
//   reworded_wide_gap            0.2     copy, both samples of 96 values or more (kWideMin),
//                                        whose estimated Jaccard is this or more, this share
//                                        in order (values in one place counted in order; 0.1
//                                        more between texts read by characters), no stretch
//                                        of either text wider than this without one, the
//                                        shingle Jaccard at most reworded_verbatim times the
//                                        estimate, the first 48 values' order reworded_order
//                                        or more; joins as the
//                                        ordered rule does. With ~3x the values shared, the
//                                        widest stretch of a copy reworded all through falls
//                                        far under a quoted passage's. reworded_wide > 1: off
//   reworded_wide_part           0.4   ... and a reworded part by them: this share or more of
//   reworded_wide_part_gap       0.15    the smaller's values in the larger (16 values at least,
//                                        in order as above), no stretch of the smaller text
//                                        wider than this without one, its shingle containment
//                                        at most reworded_verbatim times the share; joins as
//                                        above. reworded_wide_part > 1: this rule off
//   reworded_wide_blocks         0.9   ... or, between texts read by words, in order by blocks
//   reworded_wide_moved_order    0.6     instead (a copy that also moved paragraphs): this
//                                        share of the shared values in rising runs of
//                                        kBlockRun (5) or more (LooseMatch::blocks), and this
//                                        share in order, both samples' order tests aside.
//                                        reworded_wide_blocks > 1: off
//   containment_band_threshold   0.2   Jaccard the second banding is tuned to (partial copies)
//   anchor_rate                  1/8   share of shingle values that are anchors (half of it
//                                      for character grams; 0: no anchor candidates)
//   min_anchor_hits              2     anchors two articles share to become candidates (and at
//                                      least half the lowest containment verified, estimated)
//   max_anchor_bucket            64    anchors held by more articles are ignored
//   loose_candidates             true  a fourth source: articles whose loose samples share
//                                      LooseMinShared values (8) held by 2-16 samples are
//                                      candidates (reworded copies, which share too few
//                                      shingles for the bandings and anchors); needs a
//                                      reworded rule on
//   min_member_overlap           0.05  anti-chaining: an article with two containment-only,
//                                      heavy or evidence neighbours that share less than this
//                                      (and are not joined by Jaccard or verified as copies of
//                                      each other) is a bridge (a roundup); its containment-only
//                                      and heavy pairs do not join clusters
//   bridge_shared_share          0.5   ... and so is one holding parts of two such neighbours
//                                      (neither mostly inside it) of which all three share less
//                                      than this of the smaller part (it quotes two stories)
//   max_bucket                   100   pairs per article and bucket, bounding huge buckets
//                                      (session 30; 1000 before: a story with 5,000 copies took
//                                      22 s; the labeled and generated sets are unchanged)
//   threads                      0     0 = all cores; output is identical for any value
//
// Issue 13 added the heavy-edit rule, evidence pairs, anchors, bridge_shared_share and the
// per-script shingles (ShingleOptions), then quotes, copy_share, quote_balance and
// opening_share, the reworded_* fields (reworded_wide*: session 22; the blocks test: session 23) and loose_candidates; every earlier
// field keeps its name, meaning and default, but max_bucket's default (1000 until session 30).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "corpus/date.h"
#include "normalizers/normalize.h"
#include "pipeline/lsh.h"
#include "pipeline/minhash.h"
#include "pipeline/report.h"
#include "pipeline/shingle.h"
#include "pipeline/sketch.h"

namespace copydesk::pipeline {

struct DedupOptions {
  ShingleOptions shingles;
  MinHashOptions minhash;
  double jaccard_threshold = 0.5;
  double containment_threshold = 0.7;
  double containment_band_threshold = 0.2;
  size_t min_containment_shingles = 20;
  double heavy_containment_threshold = 0.4;  // > 1: no heavy-edit rule
  double heavy_larger_share = 0.25;
  size_t min_heavy_shingles = 40;
  double evidence_containment = 0.35;
  double quote_containment = 0.2;
  double copy_share = 0.3;
  double quote_balance = 0.5;
  double opening_share = 0.66;  // > 1: openings not read
  double reworded_jaccard = 0.22;  // > 1: no reworded copies
  double reworded_order = 0.85;
  double reworded_gap = 0.3;
  double reworded_verbatim = 0.7;
  double reworded_part = 0.5;
  size_t reworded_part_shared = 10;
  double reworded_ordered = 0.9;
  size_t reworded_ordered_shared = 8;
  double reworded_wide = 0.12;
  double reworded_wide_order = 0.85;
  double reworded_wide_gap = 0.2;
  double reworded_wide_part = 0.4;
  double reworded_wide_part_gap = 0.15;
  double reworded_wide_blocks = 0.9;
  double reworded_wide_moved_order = 0.6;
  double anchor_rate = 1.0 / 8;
  size_t min_anchor_hits = 2;
  size_t max_anchor_bucket = 64;
  bool loose_candidates = true;
  double min_member_overlap = 0.05;
  double bridge_shared_share = 0.5;
  size_t max_bucket = 100;
  size_t threads = 0;
  bool reports = true;  // paragraph alignment per copy (costs time on large corpora)
  // ClusterSketches fills each Member's url, source, title, published and credit (false: only
  // article, id and the similarities; FillMember adds the rest, as StreamDedup does just before
  // it writes a cluster, so that a million clusters never hold those copies all at once).
  bool fill_members = true;
  AlignOptions align;    // how the reports align a copy against its canonical
};

// A figure a copy states with another value than the canonical ("$245 billion" -> "$254 billion").
struct ChangedFigure {
  std::string canonical_claim, copy_claim;  // claim ids
  double canonical_value = 0, copy_value = 0;
  std::string surface_canonical, surface_copy;
};

struct Member {
  uint32_t article = 0;       // index into the input
  std::string id;
  std::string copy_of;        // "" when a verified copy of the canonical, or one by Jaccard
                              // (whatever pair joined it), or the canonical; else the member it
                              // was verified against, nearest the canonical
  double jaccard = 1;         // against the canonical
  double containment = 1;     // |A∩B| / |smaller|, against the canonical
  bool exact_duplicate = false;
  std::string url, source, title, published;  // the article's, as given
  Credit credit;
  std::vector<ChangedFigure> changed_figures;  // filled by the claims stage (pipeline/run.h)
  ParagraphReport paragraphs;
};

struct Cluster {
  std::string id;
  uint32_t canonical = 0;
  // What put the canonical before the runner-up: "earliest-published", "wire-dateline",
  // "most-complete", "first-id"; "only" for a cluster of one (docs/clustering.md).
  std::string canonical_reason;
  std::vector<Member> members;   // canonical first, then by article id
  // Whether the claims stage compared the copies' figures with the canonical's (copydesk run):
  // only then are the members' changed_figures written (an empty list means none changed).
  bool figures_compared = false;
};

struct DedupStats {
  size_t articles = 0;
  size_t exact_duplicates = 0;
  size_t candidate_pairs = 0;
  size_t verified_pairs = 0;
  size_t anchor_pairs = 0;   // candidates only the anchor shingles proposed
  size_t loose_pairs = 0;    // candidates only the loose samples proposed
  size_t heavy_pairs = 0;    // verified by the heavy-edit rule only
  BandParams jaccard_bands;
  BandParams containment_bands;
};

struct DedupResult {
  std::vector<Cluster> clusters;  // every article in exactly one, sorted by canonical id
  DedupStats stats;
};

// What the canonical choice reads of an article.
struct CanonicalCandidate {
  std::string id;
  std::optional<corpus::Instant> published;
  bool wire_dateline = false;
  corpus::CalendarDay dateline_day;  // month 0: none
  size_t shingles = 0;
  // Of its shingles, how many each other member of the cluster holds, summed (0 when not
  // counted: clusters of two, or of more than kSharedMembers).
  uint64_t shared = 0;
};
inline constexpr size_t kSharedMembers = 64;

// Returns whether `a` goes before `b` as a cluster's canonical, and the rule that decided:
// a wire copy (agency dateline) before a rewrite unless the rewrite is dated more than a day
// earlier (an undated wire copy is placed on its dateline's day); then the earliest instant
// (a date without a time ties with any time that day; a date before none); then the most
// text the other members hold (the source, whose text every copy took part of, before a copy
// that padded it or reworded it); then the most shingles; then the smaller id.
std::pair<bool, const char*> CompareCanonical(const CanonicalCandidate& a, const CanonicalCandidate& b);

// Returns the clusters of `docs`, with a paragraph report per copy when options.reports.
// Deterministic: the same set of articles gives the same clusters whatever their order and
// the thread count.
DedupResult Deduplicate(const std::vector<normalizers::NormalizedArticle>& docs,
                        const DedupOptions& options);

// The anchors of an article (step 2's third source) are its shingle values below this limit:
// the anchor rate for words, half of it for character grams (docs/clustering.md).
uint32_t AnchorLimit(const DedupOptions& options, ShingleUnit unit);
// A pair sharing `shared` anchors is a candidate when shared >= min_anchor_hits and shared >=
// this share of the smaller article's usable anchors (those not in a bucket of more than
// max_anchor_bucket articles).
double AnchorMinShare(const DedupOptions& options);

// The fourth candidate source (docs/clustering.md, "Reworded copies"): two articles whose loose
// samples (both of kLooseSample values) share this many values or more, among the values held
// by no more than kLooseBucket (16) samples, are a candidate pair (when any reworded rule is on).
size_t LooseMinShared(const DedupOptions& options);
inline constexpr size_t kLooseBucket = 16;

// Step 2's candidate pairs when they were found elsewhere (the distributed driver's shuffle of
// band keys and anchors, distributed/mpi_dedup.h): pairs of positions in id order, sorted and
// unique, what the two bandings and the anchors give; `anchor_pairs` of them the anchors alone.
struct GivenCandidates {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  size_t anchor_pairs = 0;
  // When it has one count per LeadValues(store) value: how many articles hold each (summed over
  // the stores that hold the sets, CountLeadHolders); else the engine counts over `store`.
  std::vector<uint32_t> lead_holders;
};

// The openings' lead values (docs/clustering.md): the values of every article's lead sample
// that are anchors (below its anchor limit), sorted and unique; none when openings are off.
std::vector<uint32_t> LeadValues(const SketchStore& store, const DedupOptions& options);
// Sets (*counts)[k] to how many of `store`'s articles hold lead_values[k] below their anchor
// limit (a value held by more than max_anchor_bucket is a stock phrase, not an opening).
void CountLeadHolders(const SketchStore& store, const DedupOptions& options, const std::vector<uint32_t>& lead_values,
                      std::vector<uint32_t>* counts);

// Step 1 of ClusterSketches, exact duplicates: articles whose folded texts have the same 128-bit
// content hash (ArticleMeta::content_hash). `order` holds the articles 0 .. n-1 in id order and
// hash(i) gives article i's hash. Returns exact_of, one entry per article: i itself for the first
// article by id of each text, else that first article (the one that goes on to the candidates;
// its group's others follow it into its cluster). Adds the others' number to *duplicates when
// given. The distributed driver (distributed/mpi_dedup.h) calls it on rank 0 with the gathered
// hashes, so that both decide the groups alike.
using ContentHash = std::array<uint64_t, 2>;
std::vector<uint32_t> ExactDuplicateOf(const std::vector<uint32_t>& order,
                                       const std::function<ContentHash(uint32_t)>& hash,
                                       size_t* duplicates = nullptr);

// Returns the two bandings of ClusterSketches's candidates: for Jaccard, then for containment.
// A store that keeps band keys instead of signatures (SketchStore::KeepBandKeys) is given these.
std::array<BandParams, 2> DedupBandings(size_t num_perm, const DedupOptions& options);

// Returns the clusters of the articles in `store` (Member::article indexes the store), with
// similarities and credits but no paragraph reports. Deterministic like Deduplicate. With
// `given`, its pairs (moved from) are step 2's candidates and the store's signatures are not read.
DedupResult ClusterSketches(const SketchStore& store, const DedupOptions& options,
                            GivenCandidates* given = nullptr);

// ClusterSketches's clusters before their Members are made: 16 bytes an article and 24 a cluster
// (a Member is ~550 bytes; a million of them at once were the largest part of dedup's memory).
// StreamDedup makes each cluster's Members just before it writes it (ExpandCluster).
struct LeanMember {
  uint32_t article = 0;
  uint32_t copy_of = UINT32_MAX;  // the article it was verified against (Member::copy_of), or none
  uint32_t shared = UINT32_MAX;   // shingles in common with the canonical (none: the canonical)
  bool exact = false;             // Member::exact_duplicate
};
struct LeanCluster {
  uint32_t canonical = 0;
  uint32_t first = 0, size = 0;   // its members: LeanClusters::members[first, first + size)
  const char* reason = "only";    // Cluster::canonical_reason
};
struct LeanClusters {
  std::vector<LeanCluster> clusters;  // sorted by canonical id, as DedupResult::clusters
  std::vector<LeanMember> members;    // cluster after cluster: canonical first, then by id
  DedupStats stats;
};

// ClusterSketches, the clusters kept lean; ExpandCluster(store, lean, k, fill) is then
// ClusterSketches's clusters[k] (the same fields, the same values).
LeanClusters ClusterSketchesLean(const SketchStore& store, const DedupOptions& options,
                                 GivenCandidates* given = nullptr);
Cluster ExpandCluster(const SketchStore& store, const LeanClusters& lean, size_t k, bool fill_members);

// The id of the k-th cluster (from 0) of the output: "c000001" for k = 0 (Cluster::id).
std::string ClusterId(size_t k);

// Fills m's url, source, title, published and credit from the store (see fill_members).
void FillMember(const SketchStore& store, Member* m);

// Returns whether the engine may join two articles, by their shingle sets (SketchStore::shingles)
// and wide loose samples (SketchStore::loose and Rest, JoinWide; one of fewer than kLooseSample
// values leaves the reworded tests out): a pair that verifies as a copy (Jaccard, containment, heavily edited,
// reworded), or one that holds most of the smaller article in the larger (evidence: joined when
// the smaller quotes nothing else, a lone quote, which only the whole run can tell). The archive
// (archive/check.h) follows such pairs out of the archive and lets the engine decide over what
// it read back. The same whichever article is first.
bool MayJoin(std::span<const uint32_t> a, std::span<const uint32_t> b, const WideSample& a_loose,
             const WideSample& b_loose, const DedupOptions& options);

}  // namespace copydesk::pipeline
