#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>

#include "corpus/json_writer.h"

using namespace copydesk::corpus;

TEST_CASE("JSON strings are escaped and numbers are exact", "[corpus]") {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("s"); w.String("quote \" back \\ nl \n ctl \x01");
  w.Key("n"); w.Double(245000000000.0);
  w.Key("f"); w.Double(0.5);
  w.Key("a"); w.BeginArray(); w.Int(-1); w.Null(); w.EndArray();
  w.EndObject();
  CHECK(out == R"({"s":"quote \" back \\ nl \n ctl \u0001","n":245000000000,"f":0.5,"a":[-1,null]})");
}

TEST_CASE("the largest doubles are written as numbers that read back (found by fuzz_writers)", "[corpus]") {
  // With 15 significant digits DBL_MAX became 1.79769313486232e+308, past DBL_MAX: parsers
  // (simdjson among them) reject the document.
  for (double v : {std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                   std::nextafter(std::numeric_limits<double>::max(), 0.0), 1.5e308}) {
    std::string out;
    JsonWriter w(&out);
    w.Double(v);
    const double back = std::strtod(out.c_str(), nullptr);
    CHECK(std::isfinite(back));
    CHECK(back == v);
  }
  std::string out;
  JsonWriter w(&out);
  w.Double(1.25e300);
  CHECK(out == "1.25e+300");  // others keep 15 digits
}

TEST_CASE("a figure's value is written as it reads: arithmetic's last bits dropped, a long number's digits kept", "[corpus]") {
  auto written = [](double v) {
    std::string out;
    JsonWriter w(&out);
    w.Double(v);
    return out;
  };
  CHECK(written(4.1 * 1e6) == "4100000");          // 4099999.9999999995 after the multiplication
  CHECK(written(5.8 * 1e9) == "5800000000");
  CHECK(written(0.1 + 0.2) == "0.3");
  const double big = 123456789012345678.0;          // more digits than 15
  CHECK(std::strtod(written(big).c_str(), nullptr) == big);
  CHECK(std::strtod(written(1.0 / 3).c_str(), nullptr) == 1.0 / 3);
  // A large value read back only past its 15th digit is written with an exponent: its digits
  // alone would be an integer past 2^64, which parsers refuse (found by fuzz_claims).
  const std::string large = written(22222222222222221312.0);
  CHECK(large.find('e') != std::string::npos);
  CHECK(std::strtod(large.c_str(), nullptr) == 22222222222222221312.0);
}
