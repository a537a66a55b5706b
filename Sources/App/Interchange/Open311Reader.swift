import Foundation
import Domain

/// Reads a GeoReport v2 request list leniently: missing and extra fields, numbers written as
/// strings (and ids as numbers), dates with or without a zone, fractions of seconds or seconds
/// at all (`2018-11-26 10:27`), HTML in text fields. A record whose meaning is unclear is
/// returned as a skip with the reason; the rest of the file still counts.
public enum Open311Reader {
    public typealias Entry = (index: Int, result: Result<Open311Request, Open311Skip>)

    /// The records in file order. Accepts the bare array of the format or an object wrapping it
    /// under `service_requests` or `requests`.
    public static func read(_ data: Data) throws(Open311FormatError) -> [Entry] {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw Open311FormatError(zh: "不是 JSON", en: "not JSON")
        }
        let records: [JSONValue]
        switch root {
        case .array(let array): records = array
        case .object(let object):
            guard let wrapped = ["service_requests", "requests"].lazy.compactMap({ object[$0] }).first,
                  case .array(let array) = wrapped
            else { throw Open311FormatError(zh: "不是 GeoReport v2 请求列表:应为 JSON 数组,实际是对象",
                                           en: "not a GeoReport v2 request list: expected a JSON array, found an object") }
            records = array
        default:
            throw Open311FormatError(zh: "不是 GeoReport v2 请求列表:应为 JSON 数组,实际是\(root.kind.zh)",
                                     en: "not a GeoReport v2 request list: expected a JSON array, found \(root.kind.en)")
        }
        // A list of servers or services has no request ids at all: one line says so, not one per record.
        if !records.isEmpty, !records.contains(where: { if case .object(let o) = $0 { o["service_request_id"] != nil } else { false } }) {
            throw Open311FormatError(zh: "不是 GeoReport v2 请求列表:没有一条记录有 service_request_id(是服务器或服务的列表?)",
                                     en: "not a GeoReport v2 request list: no record has a service_request_id (a list of servers or services?)")
        }
        var firstIndex: [String: Int] = [:]
        return records.enumerated().map { index, value in
            let result = request(value, index: index)
            if case .success(let request) = result {
                if let earlier = firstIndex[request.serviceRequestID] {
                    return (index, .failure(Open311Skip(index: index, requestID: request.serviceRequestID,
                                                        reason: Label(zh: "service_request_id 与第 [\(earlier)] 条相同",
                                                                      en: "same service_request_id as record [\(earlier)]"))))
                }
                firstIndex[request.serviceRequestID] = index
            }
            return (index, result)
        }
    }

    static func request(_ value: JSONValue, index: Int) -> Result<Open311Request, Open311Skip> {
        guard case .object(let fields) = value else {
            return .failure(Open311Skip(index: index, requestID: nil, reason: Label(zh: "是\(value.kind.zh),不是对象", en: "\(value.kind.en), not an object")))
        }
        func text(_ key: String) -> String? {
            guard let raw = fields[key]?.text else { return nil }
            let plain = Self.lineFeeds(HTMLText.plain(raw))
            return plain.isEmpty ? nil : plain
        }
        /// The first of several names a field goes by (the standard's, then common variants).
        func text(_ keys: String...) -> String? { keys.lazy.compactMap { text($0) }.first }
        guard let id = text("service_request_id").map({ $0.replacingOccurrences(of: "\n", with: " ") }), !id.isEmpty else {
            return .failure(Open311Skip(index: index, requestID: nil, reason: Label(zh: "没有 service_request_id", en: "no service_request_id")))
        }
        func skip(_ zh: String, _ en: String) -> Result<Open311Request, Open311Skip> {
            .failure(Open311Skip(index: index, requestID: id, reason: Label(zh: zh, en: en)))
        }
        let status: String
        switch text("status")?.lowercased() {
        case nil, "open", "opened", "new", "acknowledged", "in_progress", "in progress", "pending": status = "open"
        case "closed", "resolved", "completed", "done": status = "closed"
        case let other?: return skip("状态“\(other)”既非 open 也非 closed", "status '\(other)' is neither open nor closed")
        }
        var dates: [String: Date] = [:]
        for key in ["requested_datetime", "updated_datetime", "expected_datetime"] {
            guard let raw = fields[key], raw != .null else { continue }
            // Dates are written as text; a bare number (epoch seconds? milliseconds?) has no clear meaning.
            guard case .string(let string) = raw else { return skip("\(key) 是\(raw.kind.zh),不是日期", "\(key) is \(raw.kind.en), not a date") }
            let written = string.trimmingCharacters(in: .whitespaces)
            if written.isEmpty { continue }
            guard let date = Timestamp.parse(written) else { return skip("\(key)“\(written)”不是日期", "\(key) '\(written)' is not a date") }
            dates[key] = date
        }
        var coordinates: [String: Double] = [:]
        for key in ["lat", "long"] {
            guard let written = text(key) else { continue }
            guard let number = Double(written.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                return skip("\(key)“\(written)”不是数字", "\(key) '\(written)' is not a number")
            }
            coordinates[key] = number
        }
        // Some servers give the point only as WKT, longitude first: `POINT (13.40 52.52)`.
        if coordinates.isEmpty, let wkt = text("location"), let point = Self.point(wkt) {
            coordinates = ["lat": point.lat, "long": point.long]
        }
        guard text("description") != nil || text("service_name") != nil || text("title") != nil else {
            return skip("没有 description、title 或 service_name 可作标题", "no description, title or service_name to make a title from")
        }
        let name = [text("first_name"), text("last_name")].compactMap { $0 }.joined(separator: " ")
        return .success(Open311Request(
            serviceRequestID: id, status: status, statusNotes: text("status_notes", "status_note"), serviceName: text("service_name"),
            serviceCode: text("service_code"), description: text("description"), agencyResponsible: text("agency_responsible"),
            serviceNotice: text("service_notice"), requested: dates["requested_datetime"], updated: dates["updated_datetime"],
            expected: dates["expected_datetime"], address: text("address", "address_string"), addressID: text("address_id"),
            zipcode: text("zipcode"), lat: coordinates["lat"], long: coordinates["long"], mediaURL: text("media_url"),
            reporterName: name.isEmpty ? nil : name, reporterPhone: text("phone"), title: text("title")))
    }

    /// CRLF and lone CR as LF, for every text field: Swift reads "\r\n" as one Character, so a
    /// split on "\n" would never cut a Windows line.
    static func lineFeeds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n", previous == "\r" { previous = scalar; continue }
            out.append(scalar == "\r" ? "\n" : scalar)
            previous = scalar
        }
        return String(out)
    }

    /// Latitude and longitude from WKT `POINT (lon lat)`.
    static func point(_ wkt: String) -> (lat: Double, long: Double)? {
        let upper = wkt.uppercased().trimmingCharacters(in: .whitespaces)
        guard upper.hasPrefix("POINT"), let open = upper.firstIndex(of: "("), let close = upper.lastIndex(of: ")"), open < close else { return nil }
        let numbers = upper[upper.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard numbers.count == 2, numbers.allSatisfy(\.isFinite) else { return nil }
        return (numbers[1], numbers[0])
    }
}
