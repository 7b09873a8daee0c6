#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <filesystem>

// Tests name fixtures relative to the source tree, wherever the binary is started from.
static const bool kInSourceDir = [] {
  std::filesystem::current_path(COPYDESK_SOURCE_DIR);
  return true;
}();
