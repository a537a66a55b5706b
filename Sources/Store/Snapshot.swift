import Domain
import Foundation

/// `snapshot.json`: `{"schemaVersion":1,"seq":N,"dataset":{…}}`, the data set with every journal
/// event up to and including `seq` folded in. The header comes first so that `seq` can be read
/// from the first bytes; each record of the data set starts a new line, so that line:column in
/// a message points somewhere useful and the file can be searched and compared with line tools.
struct Snapshot {
    var seq: Int
    var dataset: Dataset
    /// Where each record lies in the file, by array key, when it was decoded in shards.
    var records: [String: [Range<Int>]]? = nil

    private struct Envelope: Decodable {
        var schemaVersion: Int
        var seq: Int
        var dataset: Dataset
    }

    private enum HeaderKey: String, CodingKey {
        case schemaVersion, seq
    }

    /// The file's bytes in pieces, to be written one after another (`AtomicFile.prepare`), and
    /// where each record will lie in the file, by array key.
    func encoded(path: String) throws(StoreError) -> (pieces: [Data], records: [String: [Range<Int>]]) {
        let body: (pieces: [Data], records: [String: [Range<Int>]])
        do {
            body = try ShardedSnapshotEncoder.encode(dataset)
        } catch {
            throw .invalidData(zh: "\(path):无法写出数据集", en: "\(path): cannot encode the data set: \(error)")
        }
        let header = Data("{\"schemaVersion\":\(Dataset.currentSchemaVersion),\"seq\":\(seq),\"dataset\":".utf8)
        let records = body.records.mapValues { ranges in
            ranges.map { ($0.lowerBound + header.count)..<($0.upperBound + header.count) }
        }
        return ([header] + body.pieces + [Data("}\n".utf8)], records)
    }

    /// Decodes the snapshot in `file`: in shards straight from the file when it has this store's
    /// layout, else (another layout, an older schema, or an error to locate) from all its bytes.
    static func decode(_ file: PosixFile, path: String, progress: LoadProgress? = nil) throws(StoreError) -> Snapshot {
        let prefix = try file.read(from: 0, count: 4096)
        if integer(.schemaVersion, in: prefix) == Dataset.currentSchemaVersion,
           let seq = integer(.seq, in: prefix), seq >= 0, let bodyStart = datasetStart(in: prefix),
           let decoded = try ShardedSnapshotDecoder.decode(file, bodyStart: bodyStart, path: path, progress: progress),
           decoded.dataset.schemaVersion == Dataset.currentSchemaVersion {
            return Snapshot(seq: seq, dataset: decoded.dataset, records: decoded.records)
        }
        // The whole file, decoded at once: no count to show.
        progress?.begin(.opening, total: 0)
        return try decode(try file.read(from: 0), path: path)
    }

    /// Decodes a whole snapshot held in memory, upgrading an older schema first.
    static func decode(_ data: Data, path: String) throws(StoreError) -> Snapshot {
        var data = data
        if let version = integer(.schemaVersion, in: data), version != Dataset.currentSchemaVersion {
            data = try SnapshotMigrator.upgrade(data, from: version, path: path)
        }
        let envelope: Envelope
        do {
            envelope = try DomainJSON.makeDecoder().decode(Envelope.self, from: data)
        } catch {
            throw .invalidData(DecodingFailure.message(for: error, in: data, file: path))
        }
        if envelope.dataset.schemaVersion != envelope.schemaVersion {
            let offset = JSONLocator.offset(of: [JSONKey("dataset"), JSONKey("schemaVersion")], in: data) ?? 0
            throw .invalidData(DecodingFailure.located(
                offset, in: data, file: path, lineOffset: 0,
                text: Label(zh: "dataset.schemaVersion \(envelope.dataset.schemaVersion) 与快照的 schemaVersion \(envelope.schemaVersion) 不一致",
                            en: "dataset.schemaVersion \(envelope.dataset.schemaVersion) differs from the snapshot's schemaVersion \(envelope.schemaVersion)")))
        }
        if envelope.seq < 0 {
            let offset = JSONLocator.offset(of: [JSONKey("seq")], in: data) ?? 0
            throw .invalidData(DecodingFailure.located(offset, in: data, file: path, lineOffset: 0,
                                                       text: Label(zh: "seq 不能为负数", en: "seq must not be negative")))
        }
        return Snapshot(seq: envelope.seq, dataset: envelope.dataset)
    }

    /// Where the data set object starts when the first line is this store's header.
    private static func datasetStart(in data: Data) -> Int? {
        let marker = Data(",\"dataset\":".utf8)
        let firstLine = data.prefix(4096).prefix { $0 != 0x0A }
        guard firstLine.starts(with: Data("{\"schemaVersion\":".utf8)),
              let range = firstLine.range(of: marker) else { return nil }
        return range.upperBound - data.startIndex
    }

    /// The `seq` of the snapshot file at `path`, read from its first bytes when the header is
    /// first (as this store writes it), else from the whole file.
    static func sequence(at path: String) throws(StoreError) -> Int {
        let file = try PosixFile.open(path, O_RDONLY)
        var prefix = Data(count: 4096)
        let count = prefix.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            prefix.count = count
            if let seq = integer(.seq, in: prefix) { return seq }
        }
        let whole = try file.read(from: 0)
        guard let seq = integer(.seq, in: whole) else {
            throw .invalidData(zh: "\(path):快照开头没有“seq”", en: "\(path): no \"seq\" in the snapshot header")
        }
        return seq
    }

    /// A top-level integer field, found without decoding the records.
    private static func integer(_ key: HeaderKey, in data: Data) -> Int? {
        guard let offset = JSONLocator.offset(of: [key], in: data) else { return nil }
        var end = offset
        while end < data.count, data[data.startIndex + end] == UInt8(ascii: "-")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(data[data.startIndex + end]) {
            end += 1
        }
        guard end > offset else { return nil }
        return Int(String(decoding: data[(data.startIndex + offset)..<(data.startIndex + end)], as: UTF8.self))
    }
}
