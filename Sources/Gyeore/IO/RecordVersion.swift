/// The version of the record shapes every command writes (`"version"` in each JSON record;
/// `schemas/` describes this version). It changes when a field is renamed, removed or changes
/// meaning; a new optional field does not change it. Readers of records (`align --quotations`,
/// `features`, `stats`, `score`, `cluster`) accept records without a version (written by other
/// tools) and refuse a version they do not know.
public enum RecordVersion {
    /// The version this build writes.
    public static let current = 1

    /// Nothing, or the message for a record of another version.
    public static func problem(_ version: Int?) -> String? {
        guard let version, version != current else { return nil }
        return "record version \(version); this gyeore reads version \(current) (see schemas/)"
    }
}
