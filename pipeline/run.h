// Run: the whole copydesk job, stage by stage, as plain records.
//
//   pipeline::RunOptions opts;
//   Result<pipeline::RunResult> r = pipeline::Run({"corpus/samples"}, opts, &std::cin);
//   // r.value().docs, .dedup, .claims, .merged, .read (what was rejected, and why)
//
// Stages: read (corpus) -> normalize (normalizers) -> dedup (pipeline) -> claims (extractors)
// -> merge claims across copies, and each copy's changed figures (Member::changed_figures). `stages` picks how far to go.
#pragma once

#include <chrono>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "corpus/reader.h"
#include "corpus/status.h"
#include "extractors/claims.h"
#include "extractors/merge.h"
#include "normalizers/normalize.h"
#include "pipeline/dedup.h"

namespace copydesk::pipeline {

struct RunOptions {
  corpus::ReadOptions read;
  normalizers::NormalizeOptions normalize;
  DedupOptions dedup;
  extractors::ClaimOptions claims;
  size_t threads = 0;  // 0 = all cores
  corpus::Progress* progress = nullptr;  // when set, the stage running is named there
  bool dedup_stage = true;
  bool claims_stage = true;
};

struct StageTiming {
  std::string stage;
  double seconds = 0;
};

// Appends (stage, seconds since construction) to `out` when destroyed.
class StageTimer {
 public:
  StageTimer(std::vector<StageTiming>* out, const char* stage);
  ~StageTimer();
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  std::vector<StageTiming>* out_;
  const char* stage_;
  std::chrono::steady_clock::time_point t0_;
};

struct RunResult {
  corpus::ReadReport read;  // articles moved out into docs
  std::vector<normalizers::NormalizedArticle> docs;  // sorted by id
  DedupResult dedup;
  std::vector<extractors::Claim> claims;
  extractors::MergeResult merged;
  std::vector<StageTiming> timings;
  // `copydesk check` only (archive/check.h): per doc, its row in the archive, 0 for an article
  // that is not archived (a new one); empty otherwise. Written as `archive_id` when set.
  std::vector<int64_t> archive_ids;
};

// Runs `fn` as the stage named `stage`. An exception from it or from a worker it started
// (std::bad_alloc above all) becomes an error naming the stage and the record being processed,
// so that the caller ends the run cleanly (exit 2) instead of aborting.
[[nodiscard]] Status RunStage(const char* stage, const std::function<void()>& fn);

// Runs the job on `inputs`. Fails when a component cannot start (missing ICU data) or a stage
// fails (out of memory); bad records are reported in result.read.rejected.
Result<RunResult> Run(const std::vector<std::string>& inputs, const RunOptions& options,
                      std::istream* stdin_stream);

// Runs the stages after normalization (dedup, claims, merge, as `options` asks) on r.docs,
// which must be sorted by id; r.read and r.timings are kept. `Run` ends with this call, and
// `copydesk check` (archive/check.h) calls it on archive articles + new ones.
Result<RunResult> RunNormalized(RunResult r, const RunOptions& options);

}  // namespace copydesk::pipeline
