// MpiDedup: `copydesk dedup` as R processes under Open MPI's mpirun, writing the same
// clusters.json, byte for byte, as one process, for any R.
//
//   distributed::Session session(rank, ranks);           // MPI_Init ... MPI_Finalize
//   auto r = distributed::MpiDedup(session, {"feed.jsonl"}, run_options, {},
//                                  [&](std::string_view cluster_json) { ...; return Status::Ok(); });
//
// Pass 1 (read, normalize, sketch). Every rank lists the inputs as the single reader does
// (corpus::Reader::List) and cuts them into chunks of about equal size: plain JSONL files into
// byte ranges (a rank starts at the first line that begins in its range and reads whole the line
// that straddles its end), plain WARC files into byte ranges cut at record starts
// (corpus::WarcRecordStarts, which walks the records' Content-Length), other files (text, HTML,
// gzip, .warc.gz) whole, small ones grouped. Chunk c is read by rank c % R in round c / R. Each
// rank reads its chunk (a corpus::Reader of one file or WARC range, ids unchecked, or the JSONL
// line parser) and runs normalization steps 1-3 (Normalizer::Prepare); then every rank gets a
// compact summary of every rank's round (MPI_Allgatherv: per record its line or record number,
// id, text size, site key and countable lines, or its rejection; the warnings and skipped WARC
// records in their place) and replays what the single process's reader decides in order: line
// and record numbers, ids derived from them, duplicate ids (a JSONL id rejected, a file's or
// record's renamed "id#2"), the "rejected lines in a row" stop, empty files, global indices and
// batch boundaries; the site-line statistics are counted batch by batch, and when a batch ends
// each rank finishes (steps 4-7) and sketches its articles of that batch.
// When a chunk would be larger than 2 chunks and than a rank's share of the whole or 4 batches
// (a large gzipped file, which cannot be cut; a WARC file damaged early), and with
// COPYDESK_MPI_REPLICATED_READ, every rank runs the same corpus::Reader over every record instead and keeps the articles g
// with g % R == rank (the site lines of each batch exchanged).
// Clustering. Rank 0 gets every article's fields, shingle count and text size (MPI_Gatherv,
// merged in global order; every rank gets them when the reports are shared out) and gives every
// rank the articles' positions in id order. Each rank makes the band keys of both bandings and
// the anchors of its articles and sends each to the rank that owns it (by a hash of the key,
// each rank owning a range of hashes in proportion to its share of pass 1's last rounds;
// MPI_Alltoallv); the owners form the engine's buckets and pairs (same order, same caps) and
// send each pair to the owner of its first article's range (MPI_Alltoallv), which merges them
// and applies the anchor rule; rank 0 gathers the sorted pairs, marks the articles whose shingle
// sets the clustering reads (those in a candidate pair or in a group of exact duplicates: the
// others are clusters of their own, of which only the set's size is read) and gets those sets
// alone (MPI_Bcast of the marks, MPI_Gatherv). Rank 0 then runs the engine's
// pipeline::ClusterSketches from the pairs (verification, guards, components, canonical choice:
// serial). A round's chunks (4 a rank) are split among the ranks by their measured speed (bytes
// read over seconds of work, reported at every exchange), so that a rank on a slower or busier
// core reads less and the others do not wait for it at every round; COPYDESK_MPI_ROOT_SHARE
// fixes the shares instead (rank 0's against another rank's).
// Rank 0 groups the exact duplicates with the engine's own step 1 (pipeline::ExactDuplicateOf).
// Without reports, an article in no candidate pair and no exact group (a cluster of its own,
// whose set is never read) stays out of rank 0's store and clustering: rank 0 runs the engine
// (pipeline::ClusterSketchesLean) on the others, merges its clusters with these in id order and
// formats its own; another rank's are formatted by that rank (with an empty id) while rank 0
// clusters, and rank 0 fills in their ids as it writes. With
// reports the clusters are broadcast, and a cluster with copies goes to the least loaded rank:
// the normalized texts it needs travel to that rank (MPI_Alltoallv), the rank calls
// pipeline::FillParagraphReports and formats the cluster; rank 0 gathers the clusters' JSON
// (MPI_Gatherv) and hands them to `sink` in order. Every exchange goes in rounds of at most
// 1 GiB into any rank (MPI counts are int), so no message limit stops a large run.
// Environment (for tests and measurements): COPYDESK_MPI_CHUNK_BYTES (chunk size; by default
// ~total/16R bytes, at most 4 MiB),
// COPYDESK_MPI_MESSAGE_BYTES (round size), COPYDESK_MPI_REPLICATED_READ (every rank reads every
// record), COPYDESK_MPI_CLUSTER_ON_ROOT (rank 0 makes the candidates itself),
// COPYDESK_MPI_ROOT_SHARE (fixed shares: rank 0's of each round's chunks against another rank's, 0.05-1),
// COPYDESK_MPI_VERBOSE (on stderr, per rank: the shuffle's bytes, the shingle sets sent, and
// each stage's wall and CPU seconds).
// What is centralized and what that costs at scale: docs/scale.md.
//
// Options: those of StreamDedup (pipeline::RunOptions, pipeline::StreamOptions); threads is per
// rank. Standard input ("-") cannot be an input (only rank 0 sees it). Known difference from one
// process: a JSONL line longer than --max-record-bytes may count towards the "rejected lines in a
// row" stop where the single reader (whose buffer decides) does not; likewise, after a damaged
// WARC record, a header line of 64 KiB-1 MiB without end is damage or not as the reader's buffer
// happens to hold it (the rest of the file is read from the damaged record's start).
// Memory: a chunk's articles (a gzipped file is one chunk) are held until its round's replay.
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
  // Whether `ok` holds on every rank (a collective call: every rank makes it, at the same point).
  bool AllAgree(bool ok) const;

 private:
  int rank_ = 0;
  int ranks_ = 1;
  std::shared_future<void> ready_;
  std::promise<void> finalize_;
  std::thread thread_;
};

// Receives the JSON object of each cluster, in output order, on rank 0 only.
using ClusterJsonSink = pipeline::ClusterJsonSink;

// Runs the dedup job on `inputs` across the ranks of `session`. Every rank returns the same
// read report and article count (statistics and timings are rank 0's); `sink` is called on
// rank 0 only. Fails when a
// component cannot start, an input is "-", or `sink` fails.
Result<pipeline::StreamResult> MpiDedup(const Session& session, const std::vector<std::string>& inputs,
                                        const pipeline::RunOptions& options,
                                        const pipeline::StreamOptions& stream, const ClusterJsonSink& sink);

}  // namespace copydesk::distributed
