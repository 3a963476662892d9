// Implementation of the plain-C facade declared in include/CICUShim.h.
// Every ICU call of the project goes through this file.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// MARK: UTF-32 <-> UTF-16 helpers

// Converts scalars to a freshly allocated UTF-16 buffer; *out_length receives its length.
// Unpaired surrogate scalars cannot occur (Swift scalars are valid); they are written as-is.
static UChar *utf16_from_scalars(const uint32_t *text, int32_t length, int32_t *out_length) {
    int32_t units = 0;
    for (int32_t i = 0; i < length; i++) units += text[i] > 0xFFFF ? 2 : 1;
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    if (buffer == NULL) return NULL;
    int32_t j = 0;
    for (int32_t i = 0; i < length; i++) {
        uint32_t c = text[i];
        if (c > 0xFFFF) {
            c -= 0x10000;
            buffer[j++] = (UChar)(0xD800 + (c >> 10));
            buffer[j++] = (UChar)(0xDC00 + (c & 0x3FF));
        } else {
            buffer[j++] = (UChar)c;
        }
    }
    buffer[j] = 0;
    *out_length = units;
    return buffer;
}

// Writes the scalars of a UTF-16 buffer into dest (up to capacity); returns the scalar count.
static int32_t scalars_from_utf16(const UChar *text, int32_t length, uint32_t *dest, int32_t capacity) {
    int32_t n = 0;
    for (int32_t i = 0; i < length; i++) {
        uint32_t c = text[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            i++;
        }
        if (n < capacity) dest[n] = c;
        n++;
    }
    return n;
}

// Number of scalars in the first `units` UTF-16 code units of text.
static int32_t scalar_count(const UChar *text, int32_t units) {
    int32_t n = 0;
    for (int32_t i = 0; i < units; i++) {
        if (text[i] >= 0xDC00 && text[i] <= 0xDFFF && i > 0 && text[i - 1] >= 0xD800 && text[i - 1] <= 0xDBFF) continue;
        n++;
    }
    return n;
}

// Converts NUL-terminated UTF-8 to a freshly allocated UTF-16 buffer.
static UChar *utf16_from_utf8(const char *text, int32_t *out_length, UErrorCode *status) {
    int32_t needed = 0;
    UErrorCode probe = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, &needed, text, -1, &probe);
    if (probe != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(probe)) { *status = probe; return NULL; }
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (buffer == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strFromUTF8(buffer, needed + 1, out_length, text, -1, status);
    if (U_FAILURE(*status)) { free(buffer); return NULL; }
    return buffer;
}

// Runs an ICU function that fills a UTF-16 buffer and converts the result to scalars.
// `produce` is called with a destination and capacity and returns the needed length.
typedef int32_t (*utf16_producer)(const void *context, const UChar *src, int32_t srcLength,
                                  UChar *dest, int32_t capacity, UErrorCode *status);

static int32_t produce_scalars(utf16_producer produce, const void *context, const uint32_t *text,
                               int32_t length, uint32_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t srcLength = 0;
    UChar *src = utf16_from_scalars(text, length, &srcLength);
    if (src == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t cap = srcLength * 3 + 16;
    UChar *out = (UChar *)malloc(sizeof(UChar) * (size_t)cap);
    int32_t outLength = out ? produce(context, src, srcLength, out, cap, &status) : 0;
    if (out != NULL && status == U_BUFFER_OVERFLOW_ERROR) {
        free(out);
        cap = outLength + 1;
        status = U_ZERO_ERROR;
        out = (UChar *)malloc(sizeof(UChar) * (size_t)cap);
        if (out != NULL) outLength = produce(context, src, srcLength, out, cap, &status);
    }
    free(src);
    if (out == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    if (U_FAILURE(status)) { free(out); *error = status; return 0; }
    int32_t n = scalars_from_utf16(out, outLength, dest, capacity);
    free(out);
    *error = U_ZERO_ERROR;
    return n;
}

// MARK: General

void cicu_version(char *buf, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buf, text, (size_t)capacity - 1);
        buf[capacity - 1] = 0;
    }
}

const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

// MARK: Normalizer2

const void *cicu_norm_instance(int32_t form, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case 0: n = unorm2_getNFCInstance(&status); break;
    case 1: n = unorm2_getNFKCInstance(&status); break;
    case 2: n = unorm2_getNFDInstance(&status); break;
    case 3: n = unorm2_getNFKDInstance(&status); break;
    case 4: n = unorm2_getNFKCCasefoldInstance(&status); break;
    default: status = U_ILLEGAL_ARGUMENT_ERROR; break;
    }
    *error = status;
    return U_SUCCESS(status) ? n : NULL;
}

int32_t cicu_norm_span_yes(const void *norm, const uint32_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    UChar *src = utf16_from_scalars(text, length, &units);
    if (src == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t span = unorm2_spanQuickCheckYes((const UNormalizer2 *)norm, src, units, &status);
    int32_t result = U_SUCCESS(status) ? scalar_count(src, span) : 0;
    free(src);
    *error = status;
    return result;
}

int32_t cicu_norm_has_boundary_before(const void *norm, uint32_t c) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)norm, (UChar32)c) ? 1 : 0;
}

static int32_t normalize_producer(const void *context, const UChar *src, int32_t srcLength, UChar *dest,
                                  int32_t capacity, UErrorCode *status) {
    return unorm2_normalize((const UNormalizer2 *)context, src, srcLength, dest, capacity, status);
}

int32_t cicu_norm_normalize(const void *norm, const uint32_t *text, int32_t length, uint32_t *dest,
                            int32_t capacity, int32_t *error) {
    return produce_scalars(normalize_producer, norm, text, length, dest, capacity, error);
}

int32_t cicu_norm_normalize_utf8(const void *norm, const char *text, int32_t length, uint16_t *dest,
                                 int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    UChar *src = (UChar *)malloc(sizeof(UChar) * (size_t)(length + 1));
    if (src == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    u_strFromUTF8(src, length + 1, &units, text, length, &status);
    int32_t n = U_SUCCESS(status) ? unorm2_normalize((const UNormalizer2 *)norm, src, units, (UChar *)dest, capacity, &status) : 0;
    free(src);
    *error = status;
    return n;
}

// Appends a run, merging adjacent unchanged runs.
static void push_run(int32_t *runs, int32_t capacity, int32_t *count, int32_t original, int32_t result, int32_t changed) {
    if (original == 0 && result == 0) return;
    if (!changed && *count > 0 && *count <= capacity && runs[3 * (*count - 1) + 2] == 0) {
        runs[3 * (*count - 1)] += original;
        runs[3 * (*count - 1) + 1] += result;
        return;
    }
    if (*count < capacity) {
        runs[3 * *count] = original;
        runs[3 * *count + 1] = result;
        runs[3 * *count + 2] = changed;
    }
    (*count)++;
}

static int32_t code_point_end(const UChar *s, int32_t i, int32_t units) {
    if (s[i] >= 0xD800 && s[i] <= 0xDBFF && i + 1 < units && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) return i + 2;
    return i + 1;
}

static UChar32 code_point_at(const UChar *s, int32_t i, int32_t units) {
    if (code_point_end(s, i, units) == i + 2) return 0x10000 + ((s[i] - 0xD800) << 10) + (s[i + 1] - 0xDC00);
    return s[i];
}

int32_t cicu_norm_normalize_runs(const void *norm, const uint32_t *text, int32_t length, uint32_t *dest,
                                 int32_t capacity, int32_t *runs, int32_t run_capacity, int32_t *run_count,
                                 int32_t *error) {
    const UNormalizer2 *n2 = (const UNormalizer2 *)norm;
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    UChar *src = utf16_from_scalars(text, length, &units);
    if (src == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t outCap = 64;
    UChar *out = (UChar *)malloc(sizeof(UChar) * (size_t)outCap);
    int32_t written = 0;  // scalars written (or needed) in dest
    int32_t pos = 0;      // UTF-16 position in src
    int32_t scalarPos = 0;
    *run_count = 0;
    while (pos < units && out != NULL) {
        // The longest certainly-normalized span ends at a normalization boundary.
        int32_t span = unorm2_spanQuickCheckYes(n2, src + pos, units - pos, &status);
        if (U_FAILURE(status)) break;
        int32_t copied = scalar_count(src + pos, span);
        for (int32_t i = 0; i < copied; i++) { if (written + i < capacity) dest[written + i] = text[scalarPos + i]; }
        written += copied;
        push_run(runs, run_capacity, run_count, copied, copied, 0);
        pos += span;
        scalarPos += copied;
        if (pos >= units) break;
        // One segment: from this boundary to the next character with a boundary before it.
        int32_t end = code_point_end(src, pos, units);
        while (end < units && !unorm2_hasBoundaryBefore(n2, code_point_at(src, end, units))) end = code_point_end(src, end, units);
        int32_t segmentScalars = scalar_count(src + pos, end - pos);
        int32_t needed = unorm2_normalize(n2, src + pos, end - pos, out, outCap, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            status = U_ZERO_ERROR;
            free(out);
            outCap = needed + 16;
            out = (UChar *)malloc(sizeof(UChar) * (size_t)outCap);
            if (out == NULL) break;
            needed = unorm2_normalize(n2, src + pos, end - pos, out, outCap, &status);
        }
        if (U_FAILURE(status)) break;
        int32_t same = needed == end - pos && memcmp(out, src + pos, sizeof(UChar) * (size_t)needed) == 0;
        int32_t produced = scalars_from_utf16(out, needed, written < capacity ? dest + written : dest,
                                              written < capacity ? capacity - written : 0);
        written += produced;
        push_run(runs, run_capacity, run_count, segmentScalars, produced, same ? 0 : 1);
        pos = end;
        scalarPos += segmentScalars;
    }
    if (out == NULL && U_SUCCESS(status)) status = U_MEMORY_ALLOCATION_ERROR;
    free(out);
    free(src);
    *error = status;
    return written;
}

// MARK: UnicodeSet

void *cicu_set_open(const char *pattern_utf8, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    UChar *pattern = utf16_from_utf8(pattern_utf8, &length, &status);
    if (pattern == NULL) { *error = status; return NULL; }
    USet *set = uset_openPattern(pattern, length, &status);
    free(pattern);
    *error = status;
    if (U_FAILURE(status)) { if (set) uset_close(set); return NULL; }
    uset_freeze(set);
    return set;
}

int32_t cicu_set_contains(const void *set, uint32_t c) { return uset_contains((const USet *)set, (UChar32)c) ? 1 : 0; }

void cicu_set_close(void *set) { if (set) uset_close((USet *)set); }

int32_t cicu_set_range_count(const void *set) { return uset_getRangeCount((const USet *)set); }

void cicu_set_range(const void *set, int32_t index, uint32_t *start, uint32_t *end) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 s = 0, e = 0;
    uset_getItem((const USet *)set, index, &s, &e, NULL, 0, &status);
    *start = (uint32_t)s;
    *end = (uint32_t)e;
}

// MARK: Transliterator

void *cicu_trans_open_rules(const char *id_utf8, const char *rules_utf8, int32_t *parse_line,
                            int32_t *parse_offset, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t idLength = 0, rulesLength = 0;
    *parse_line = 0;
    *parse_offset = 0;
    UChar *id = utf16_from_utf8(id_utf8, &idLength, &status);
    if (id == NULL) { *error = status; return NULL; }
    UChar *rules = utf16_from_utf8(rules_utf8, &rulesLength, &status);
    if (rules == NULL) { free(id); *error = status; return NULL; }
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    UTransliterator *t = utrans_openU(id, idLength, UTRANS_FORWARD, rules, rulesLength, &parseError, &status);
    if (U_FAILURE(status)) {
        // ICU reports the offset into the rule text; turn it into a 1-based line number.
        int32_t offset = parseError.offset > 0 ? parseError.offset : 0;
        int32_t line = 1;
        for (int32_t i = 0; i < offset && i < rulesLength; i++) if (rules[i] == '\n') line++;
        *parse_line = line;
        *parse_offset = offset;
    }
    free(id);
    free(rules);
    *error = status;
    if (U_FAILURE(status)) { if (t) utrans_close(t); return NULL; }
    return t;
}

void *cicu_trans_open_id(const char *id_utf8, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t idLength = 0;
    UChar *id = utf16_from_utf8(id_utf8, &idLength, &status);
    if (id == NULL) { *error = status; return NULL; }
    UTransliterator *t = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
    free(id);
    *error = status;
    if (U_FAILURE(status)) { if (t) utrans_close(t); return NULL; }
    return t;
}

static int32_t trans_producer(const void *context, const UChar *src, int32_t srcLength, UChar *dest,
                              int32_t capacity, UErrorCode *status) {
    if (srcLength > capacity) { *status = U_BUFFER_OVERFLOW_ERROR; return srcLength * 2; }
    memcpy(dest, src, sizeof(UChar) * (size_t)srcLength);
    int32_t textLength = srcLength;
    int32_t limit = srcLength;
    utrans_transUChars((const UTransliterator *)context, dest, &textLength, capacity, 0, &limit, status);
    return textLength;
}

int32_t cicu_trans_apply(void *trans, const uint32_t *text, int32_t length, uint32_t *dest, int32_t capacity,
                         int32_t *error) {
    return produce_scalars(trans_producer, trans, text, length, dest, capacity, error);
}

void *cicu_trans_source_set(const void *trans, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    USet *set = uset_openEmpty();
    utrans_getSourceSet((const UTransliterator *)trans, false, set, &status);
    *error = status;
    if (U_FAILURE(status)) { uset_close(set); return NULL; }
    uset_freeze(set);
    return set;
}

void cicu_trans_close(void *trans) { if (trans) utrans_close((UTransliterator *)trans); }

// MARK: Break iteration

void *cicu_break_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type;
    switch (kind) {
    case 0: type = UBRK_CHARACTER; break;
    case 1: type = UBRK_WORD; break;
    case 2: type = UBRK_LINE; break;
    case 3: type = UBRK_SENTENCE; break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, &status);
    *error = status;
    if (U_FAILURE(status)) { if (bi) ubrk_close(bi); return NULL; }
    return bi;
}

int32_t cicu_break_boundaries(void *iter, const uint32_t *text, int32_t length, int32_t *boundaries,
                              int32_t *status_out, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    UChar *src = utf16_from_scalars(text, length, &units);
    if (src == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    UBreakIterator *bi = (UBreakIterator *)iter;
    ubrk_setText(bi, src, units, &status);
    if (U_FAILURE(status)) { free(src); *error = status; return 0; }
    int32_t count = 0;
    int32_t unit = 0, scalars = 0; // walk forward: boundaries only increase
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        while (unit < b) {
            if (src[unit] >= 0xD800 && src[unit] <= 0xDBFF && unit + 1 < units) unit++;
            unit++;
            scalars++;
        }
        if (count < capacity) {
            boundaries[count] = scalars;
            if (status_out) status_out[count] = ubrk_getRuleStatus(bi);
        }
        count++;
    }
    static const UChar empty[1] = {0};
    ubrk_setText(bi, empty, 0, &status); // do not keep a pointer to freed text
    free(src);
    *error = U_ZERO_ERROR;
    return count;
}

void cicu_break_close(void *iter) { if (iter) ubrk_close((UBreakIterator *)iter); }
