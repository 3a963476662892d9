// CICUShim: a plain-C facade over the system ICU (libicu-dev).
//
// Why it exists: Foundation on Linux bundles its own ICU (_FoundationICU). Importing the
// system's <unicode/*.h> into a Swift module that also imports Foundation fails with
// conflicting definitions (UErrorCode and friends), and ICU's versioned symbol macros
// (utrans_openU -> utrans_openU_72) cannot be imported into Swift at all. This header
// therefore uses only <stdint.h> types and opaque pointers; the .c file includes ICU.
//
// Text crosses this boundary as arrays of Unicode scalar values (UTF-32), so every offset
// a caller sees is a scalar offset. Error codes are ICU's UErrorCode values as int32_t;
// a value > 0 is a failure and cicu_error_name() names it.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The ICU version string ("72.1") written into buf (NUL-terminated).
void cicu_version(char *buf, int32_t capacity);

/// ICU's name for an error code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t code);

// MARK: Normalizer2

/// Normalization forms: 0 NFC, 1 NFKC, 2 NFD, 3 NFKD, 4 NFKC_Casefold.
/// Returns a shared, immutable, thread-safe instance owned by ICU (never free it), or NULL.
const void *cicu_norm_instance(int32_t form, int32_t *error);

/// Length in scalars of the longest prefix of text that passes the quick check "yes".
int32_t cicu_norm_span_yes(const void *norm, const uint32_t *text, int32_t length, int32_t *error);

/// 1 if the normalizer has a segment boundary before c (text before c never interacts with c).
int32_t cicu_norm_has_boundary_before(const void *norm, uint32_t c);

/// Normalizes text into dest. Returns the output length in scalars; if it exceeds capacity,
/// nothing useful is written and the caller retries with a larger buffer.
int32_t cicu_norm_normalize(const void *norm, const uint32_t *text, int32_t length,
                            uint32_t *dest, int32_t capacity, int32_t *error);

/// Normalizes text segment by segment and reports how: writes the result into dest and
/// the edit runs into runs as triples (original length, result length, changed 0/1), in
/// scalars. Unchanged stretches are one run; each changed segment (between ICU
/// normalization boundaries) is its own run. Returns the result length; *run_count gets the
/// number of runs. If either exceeds its capacity, retry with larger buffers.
int32_t cicu_norm_normalize_runs(const void *norm, const uint32_t *text, int32_t length,
                                 uint32_t *dest, int32_t capacity, int32_t *runs,
                                 int32_t run_capacity, int32_t *run_count, int32_t *error);

/// Plain ICU normalization of UTF-8 text into a UTF-16 buffer, as an ICU user would call it
/// (u_strFromUTF8 + unorm2_normalize); the benchmark's baseline. Returns the UTF-16 length.
int32_t cicu_norm_normalize_utf8(const void *norm, const char *text, int32_t length, uint16_t *dest,
                                 int32_t capacity, int32_t *error);

// MARK: UnicodeSet

/// Compiles a UnicodeSet pattern given in UTF-8 ("[:Quotation_Mark:]"). Free with cicu_set_close.
void *cicu_set_open(const char *pattern_utf8, int32_t *error);
int32_t cicu_set_contains(const void *set, uint32_t c);
void cicu_set_close(void *set);

/// Number of code point ranges in the set, and the i-th range (inclusive bounds).
int32_t cicu_set_range_count(const void *set);
void cicu_set_range(const void *set, int32_t index, uint32_t *start, uint32_t *end);

// MARK: Transliterator (not thread-safe: one per thread, or guarded)

/// Compiles a rule-based transliterator from rule text (UTF-8). On a rule syntax error,
/// *error is set and *parse_line / *parse_offset tell where (line is 1-based; 0 if unknown).
void *cicu_trans_open_rules(const char *id_utf8, const char *rules_utf8, int32_t *parse_line,
                            int32_t *parse_offset, int32_t *error);

/// Opens a system transliterator by ID ("Fullwidth-Halfwidth", "Any-Latin").
void *cicu_trans_open_id(const char *id_utf8, int32_t *error);

/// Transliterates text into dest; returns the output length in scalars (retry if > capacity).
int32_t cicu_trans_apply(void *trans, const uint32_t *text, int32_t length, uint32_t *dest,
                         int32_t capacity, int32_t *error);

/// The set of characters the transliterator can change (its source set, filter applied).
/// Returns a new set to free with cicu_set_close.
void *cicu_trans_source_set(const void *trans, int32_t *error);

void cicu_trans_close(void *trans);

// MARK: Break iteration

/// Kinds: 0 character, 1 word, 2 line, 3 sentence. locale is a BCP-47 / ICU locale ("ko").
void *cicu_break_open(int32_t kind, const char *locale, int32_t *error);

/// Sets text and writes every boundary (scalar offsets, starting with 0 and ending with
/// length) into boundaries, and ICU's rule status of the segment ending there into status
/// (may be NULL). Returns the number of boundaries; if it exceeds capacity, retry larger.
int32_t cicu_break_boundaries(void *iter, const uint32_t *text, int32_t length,
                              int32_t *boundaries, int32_t *status, int32_t capacity,
                              int32_t *error);

void cicu_break_close(void *iter);

#ifdef __cplusplus
}
#endif

#endif
