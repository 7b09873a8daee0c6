// MpiDedup: `copydesk dedup` as R processes under Open MPI's mpirun, writing the same
// clusters.json, byte for byte, as one process, for any R.
//
//   distributed::Session session(rank, ranks);           // MPI_Init ... MPI_Finalize
//   auto r = distributed::MpiDedup(session, {"feed.jsonl"}, run_options, {},
//                                  [&](std::string_view cluster_json) { ...; return Status::Ok(); });
//
// Every rank runs the same corpus::Reader over the inputs (so ids, rejections and batch
// boundaries are those of a single process) and keeps the articles whose global index g in
// read order has g % R == rank. Per batch, each rank normalizes its share: steps 1-3
// (Normalizer::Prepare), then the site-line statistics of the whole batch are assembled from
// every rank's countable lines (MPI_Allgatherv), then steps 4-7 (Normalizer::Finish) and the
// sketches (SketchStore::Add). The sketches are then gathered in global order on rank 0
// (MPI_Gatherv), which calls the engine's own pipeline::ClusterSketches, so the clusters are
// the single process's by construction. Without reports rank 0 formats every cluster. With
// reports every rank also gets every article's fields and text size (MPI_Allgatherv), the
// clusters are broadcast, and a cluster with copies goes to the least loaded rank: the
// normalized texts it needs travel to that rank (MPI_Alltoallv), the rank calls
// pipeline::FillParagraphReports and formats the cluster; rank 0 gathers the clusters' JSON
// (MPI_Gatherv) and hands them to `sink` in order.
// What is centralized and what that costs at scale: docs/scale.md.
//
// Options: those of StreamDedup (pipeline::RunOptions, pipeline::StreamOptions); threads is per
// rank. Standard input ("-") cannot be an input (only rank 0 sees it).
#pragma once

#include <functional>
#include <future>
#include <thread>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "pipeline/run.h"
#include "pipeline/stream.h"

namespace copydesk::distributed {

// The MPI environment of one process. MPI_Init takes most of a second, so it runs on a thread
// of its own from construction while the caller starts the work that needs only the rank and
// the number of ranks, which the launcher gives before MPI_Init (Open MPI: the environment's
// OMPI_COMM_WORLD_RANK and OMPI_COMM_WORLD_SIZE, read by the caller). Ready() waits for it; every
// MPI call comes after Ready(), one thread at a time (MPI_THREAD_SERIALIZED). The same thread
// calls MPI_Finalize on destruction.
class Session {
 public:
  Session(int rank, int ranks);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  int rank() const { return rank_; }
  int ranks() const { return ranks_; }
  // Waits until MPI is initialized; ends the job when MPI disagrees with the rank or size given.
  void Ready() const;

 private:
  int rank_ = 0;
  int ranks_ = 1;
  std::shared_future<void> ready_;
  std::promise<void> finalize_;
  std::thread thread_;
};

// Receives the JSON object of each cluster, in output order, on rank 0 only.
using ClusterJsonSink = std::function<Status(std::string_view cluster_json)>;

// Runs the dedup job on `inputs` across the ranks of `session`. Every rank returns the same
// read report and article count (statistics and timings are rank 0's); `sink` is called on
// rank 0 only. Fails when a
// component cannot start, an input is "-", or `sink` fails.
Result<pipeline::StreamResult> MpiDedup(const Session& session, const std::vector<std::string>& inputs,
                                        const pipeline::RunOptions& options,
                                        const pipeline::StreamOptions& stream, const ClusterJsonSink& sink);

}  // namespace copydesk::distributed
