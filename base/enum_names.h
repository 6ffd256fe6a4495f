// gillab/base/enum_names.h — an enum's names, for the command line and reports.
//
// Several of gillab's choices are enums that users name on the command line
// (--gil=new, --refcount=biased, --poll=every-instruction) and that reports print
// back. Each is given one table of names, indexed by the enum's value, and the
// table answers the three questions every such enum has:
//
//   inline constexpr EnumNames<Color, 2> kColorNames{{"red", "green"}};
//   kColorNames.Name(Color::kGreen)       // "green"
//   kColorNames.Parse("red", &color)      // true, color = Color::kRed
//   kColorNames.Choices()                 // "red, green": for error messages
//
// Requires: the enum's values are 0..N-1, in the table's order.
#ifndef GILLAB_BASE_ENUM_NAMES_H_
#define GILLAB_BASE_ENUM_NAMES_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace gillab {

template <typename E, std::size_t N>
struct EnumNames {
  std::array<const char*, N> names;

  // The name of `e`. Requires: e is one of the N values.
  constexpr const char* Name(E e) const { return names[static_cast<std::size_t>(e)]; }

  // Sets *out to the value called `name` and returns true; returns false (and
  // leaves *out alone) when no value has that name.
  bool Parse(std::string_view name, E* out) const {
    for (std::size_t i = 0; i < N; ++i) {
      if (name == names[i]) {
        *out = static_cast<E>(i);
        return true;
      }
    }
    return false;
  }

  // Every name, in order, separated by ", ".
  std::string Choices() const {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
      if (i > 0) out += ", ";
      out += names[i];
    }
    return out;
  }

  // Every value, in order.
  std::array<E, N> values() const {
    std::array<E, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = static_cast<E>(i);
    return out;
  }

  static constexpr std::size_t size() { return N; }
};

}  // namespace gillab

#endif  // GILLAB_BASE_ENUM_NAMES_H_
