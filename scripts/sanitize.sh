#!/usr/bin/env bash
# The whole test suite under AddressSanitizer, then UndefinedBehaviorSanitizer, each in a build
# folder of its own (.build-asan, .build-ubsan). Exits non-zero on any finding or failure.
#
#   bash scripts/sanitize.sh [address] [undefined]
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
((${#sanitizers[@]})) || sanitizers=(address undefined)
for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address) folder=.build-asan ;;
    # swiftc has no -sanitize=undefined on Linux (Swift itself traps on overflow and out-of-bounds
    # access); UBSan is applied to the C code (the ICU shim) in trap mode, which needs no runtime.
    undefined) folder=.build-ubsan ;;
    *) echo "sanitize: unknown sanitizer $sanitizer (address, undefined)" >&2; exit 64 ;;
  esac
  if [[ $sanitizer == undefined ]]; then
    flags=(-Xcc -fsanitize=undefined -Xcc -fsanitize-trap=undefined -Xcc -fno-sanitize-recover=all)
  else
    flags=(--sanitize="$sanitizer")
  fi
  echo "sanitize: swift test ${flags[*]}" >&2
  # The runtime's backtracer would itself run under the sanitizer: off.
  # Leak checking is off: with it on, every leak LeakSanitizer reports (58 on 2026-11-23) is
  # FoundationEssentials' own Data(contentsOf:)/FileManager.contents buffer for small files, not
  # an allocation of ours; memory errors (overflow, use-after-free) are still fatal.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    swift test "${flags[@]}" --scratch-path "$folder"
done
