#include "corpus/output_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "corpus/atomic_file.h"

namespace copydesk::corpus {

namespace fs = std::filesystem;

namespace {

std::string Random16() {
  std::mt19937_64 rng(std::random_device{}() ^ (static_cast<uint64_t>(::getpid()) << 32));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng()));
  return buf;
}

// Removes every entry of `dir` whose name starts with `prefix` (called under the lock: only a
// run holding the lock creates them, so all that are there were left by killed runs).
void RemoveWithPrefix(const std::string& dir, const std::string& prefix) {
  std::error_code ec;
  std::vector<fs::path> stale;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().starts_with(prefix)) stale.push_back(it->path());
  for (const auto& p : stale) fs::remove_all(p, ec);  // links are removed, never followed
}

}  // namespace

OutputDir::~OutputDir() {
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

Status OutputDir::Lock(const std::string& dir) {
  if (lock_fd_ >= 0) return Status::Ok();
  std::error_code ec;
  fs::path target(dir);
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    target = fs::canonical(target, ec);  // write where it points
    if (ec) return IoError(dir + ": cannot resolve the output directory's link: " + ec.message());
  }
  ec.clear();
  target = target.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  dir_ = target.string();
  name_ = target.filename().string();
  parent_ = target.parent_path().string();
  if (parent_.empty()) parent_ = ".";
  if (name_.empty() || name_ == "." || name_ == "..")
    return InvalidArgument(dir + ": give the output directory by a name (e.g. out/run1), not . or ..");
  fs::create_directories(parent_, ec);
  if (ec) return IoError(parent_ + ": cannot create the parent of the output directory: " + ec.message());

  lock_path_ = parent_ + "/." + name_ + ".lock";
  lock_fd_ = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) return IoError(lock_path_ + ": cannot open the lock file: " + std::strerror(errno));
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    char holder[32] = {0};
    ssize_t n = ::pread(lock_fd_, holder, sizeof holder - 1, 0);
    std::string who = n > 0 ? std::string(holder, static_cast<size_t>(n)) : "";
    while (!who.empty() && (who.back() == '\n' || who.back() == ' ')) who.pop_back();
    ::close(lock_fd_);
    lock_fd_ = -1;
    return IoError(dir + ": another copydesk run is writing to this output directory" +
                   (who.empty() ? "" : " (process " + who + ")") + "; wait for it or choose another --out");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_fd_, 0) == 0) (void)::pwrite(lock_fd_, pid.data(), pid.size(), 0);

  return Status::Ok();
}

Status OutputDir::Begin(const std::string& dir, std::initializer_list<std::string_view> ours) {
  Status locked = Lock(dir);
  if (!locked.ok()) return locked;
  std::error_code ec;
  // What killed runs left: staging directories, and an old set moved aside but not replaced.
  const std::string old_prefix = "." + name_ + ".old.";
  if (!fs::exists(fs::symlink_status(dir_, ec))) {
    for (fs::directory_iterator it(parent_, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string().starts_with(old_prefix)) {
        fs::rename(it->path(), dir_, ec);  // the previous set comes back
        break;
      }
    }
    ec.clear();
  }
  RemoveWithPrefix(parent_, "." + name_ + ".tmp.");
  RemoveWithPrefix(parent_, old_prefix);

  fs::file_status st = fs::symlink_status(dir_, ec);
  if (fs::exists(st)) {
    if (!fs::is_directory(st)) return InvalidArgument(dir + ": exists and is not a directory");
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
      std::string n = it->path().filename().string();
      if (std::find(ours.begin(), ours.end(), n) == ours.end())
        return InvalidArgument(dir + ": holds \"" + n +
                               "\", which copydesk did not write; an output directory is replaced "
                               "as a whole, so choose a new or empty directory for --out");
    }
    if (ec) return IoError(dir + ": cannot list the output directory: " + ec.message());
  }
  for (int attempt = 0; attempt < 16; ++attempt) {
    staging_ = parent_ + "/." + name_ + ".tmp." + std::to_string(::getpid()) + "." + Random16();
    if (::mkdir(staging_.c_str(), 0755) == 0) return Status::Ok();
    if (errno != EEXIST) break;
  }
  std::string err = std::strerror(errno);
  staging_.clear();
  return IoError(parent_ + ": cannot create a staging directory for the outputs: " + err);
}

Status OutputDir::Write(const std::string& name, std::string_view data) {
  if (staging_.empty() || committed_) return IoError(dir_ + ": output set not open");
  const std::string path = staging_ + "/" + name;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return IoError(dir_ + "/" + name + ": cannot create: " + std::strerror(errno));
  Status s = WriteAll(fd, data, dir_ + "/" + name);
  std::string err;
  if (s.ok() && ::fsync(fd) != 0) err = std::string("cannot flush: ") + std::strerror(errno);
  if (::close(fd) != 0 && s.ok() && err.empty()) err = std::string("cannot close: ") + std::strerror(errno);
  if (!s.ok()) return s;
  if (!err.empty()) return IoError(dir_ + "/" + name + ": " + err);
  return Status::Ok();
}

Status OutputDir::Commit() {
  if (staging_.empty() || committed_) return IoError(dir_ + ": output set not open");
  Status s = SyncDirectory(staging_);
  if (!s.ok()) return s;
  std::error_code ec;
  const bool replacing = fs::exists(fs::symlink_status(dir_, ec));
  if (!replacing) {
    if (::rename(staging_.c_str(), dir_.c_str()) != 0)
      return IoError(dir_ + ": cannot move the outputs into place: " + std::strerror(errno));
    committed_ = true;
    staging_.clear();
    return SyncDirectory(parent_);
  }
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, dir_.c_str(), RENAME_EXCHANGE) == 0) {
    committed_ = true;  // the old set is now at the staging name
  } else if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
    // No atomic exchange here: move the old set aside, then the new one in. A kill between the
    // two renames is repaired by the next run's Begin (the old set comes back).
    const std::string old = parent_ + "/." + name_ + ".old." + std::to_string(::getpid());
    if (::rename(dir_.c_str(), old.c_str()) != 0)
      return IoError(dir_ + ": cannot move the previous outputs aside: " + std::strerror(errno));
    if (::rename(staging_.c_str(), dir_.c_str()) != 0) {
      std::string e = std::strerror(errno);
      (void)::rename(old.c_str(), dir_.c_str());
      return IoError(dir_ + ": cannot move the outputs into place: " + e);
    }
    committed_ = true;
    staging_ = old;
  } else {
    return IoError(dir_ + ": cannot move the outputs into place: " + std::strerror(errno));
  }
  s = SyncDirectory(parent_);
  fs::remove_all(staging_, ec);  // the previous set
  staging_.clear();
  return s;
}

}  // namespace copydesk::corpus
