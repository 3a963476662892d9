// MeCab's C API (Debian libmecab-dev). Unlike ICU's headers, mecab.h defines nothing that
// clashes with Foundation, so Swift imports it directly through this module map.
#include <mecab.h>
