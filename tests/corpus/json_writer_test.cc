#include <catch2/catch.hpp>

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
