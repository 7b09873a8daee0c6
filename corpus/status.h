// Status and Result<T>: how every copydesk library function reports failure.
//
//   Result<std::string> r = ReadFileBytes("a.txt");
//   if (!r.ok()) return r.status();          // "a.txt: cannot open: No such file"
//   Use(r.value());
//
// Errors are values: the library never throws across its API; only main turns a Status into a
// message and an exit code.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace copydesk {

enum class StatusCode { kOk = 0, kInvalidArgument, kNotFound, kIoError, kDataError, kInternal };

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  // Returns the success value.
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // Returns what failed and where, ready to print.
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }

// Holds either a T or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace copydesk
