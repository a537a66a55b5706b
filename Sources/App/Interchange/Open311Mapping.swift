import Foundation
import Domain

/// GeoReport v2 requests ↔ tickets; docs/open311.md has the table. Pure: no files, no store.
public enum Open311Mapping {
    /// Longest title taken from a description's first line, in characters.
    public static let titleLimit = 80

    public static func plan(_ request: Open311Request) -> Open311ImportPlan {
        let text = request.description ?? ""
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let firstLine = lines.first.map(String.init) ?? ""
        var title: String
        var body: String
        if firstLine.isEmpty {
            title = request.serviceName ?? request.serviceRequestID
            body = text
        } else if firstLine.count > titleLimit {
            title = String(firstLine.prefix(titleLimit - 1)) + "…"
            body = text
        } else {
            title = firstLine
            body = lines.count > 1 ? String(lines[1]).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        }
        // A server's own short title wins over a description's first line.
        if let given = request.title?.split(separator: "\n").first.map(String.init), !given.isEmpty {
            title = given.count > titleLimit ? String(given.prefix(titleLimit - 1)) + "…" : given
            body = text
        }
        title = title.trimmingCharacters(in: .whitespaces)

        var block = [Open311Marker.line(request.serviceRequestID)]
        func add(_ name: String, _ value: String?) { if let value { block.append("\(name): \(value)") } }
        add("service", request.serviceName.map { name in request.serviceCode.map { "\(name) (\($0))" } ?? name }
            ?? request.serviceCode)
        add("agency", request.agencyResponsible)
        add("notice", request.serviceNotice)
        add("requested", request.requested.map(Timestamp.format))
        add("updated", request.updated.map(Timestamp.format))
        add("expected", request.expected.map(Timestamp.format))
        let addressExtras = [request.addressID.map { "id \($0)" }, request.zipcode].compactMap { $0 }
        add("address", request.address.map { addressExtras.isEmpty ? $0 : "\($0) (\(addressExtras.joined(separator: ", ")))" })
        if let lat = request.lat, let long = request.long { add("coordinates", "\(lat), \(long)") }
        add("media", request.mediaURL)
        add("status notes", request.statusNotes)
        let description = (body.isEmpty ? "" : body + "\n\n") + block.joined(separator: "\n")

        let location: TicketLocation
        if let address = request.address, address.contains(" / ") {
            location = TicketCreation.location(address)
        } else {
            location = TicketLocation(district: request.address ?? TicketLocation.unspecifiedDistrict,
                                      street: "", community: "", grid: "")
        }
        // The request keeps its own times: reported when it was requested, due when the city said.
        let new = NewTicket(title: title, description: description, location: location,
                            reporterName: request.reporterName ?? "", reporterPhone: request.reporterPhone ?? "",
                            reportedAt: request.requested, deadline: request.expected)
        let category = [request.serviceCode, request.serviceName].compactMap { $0 }.lazy.compactMap(category(named:)).first
        var closing: Domain.Operation?
        if request.status == "closed" {
            closing = .closeAtSource(note: request.statusNotes ?? "")
        }
        return Open311ImportPlan(requestID: request.serviceRequestID, ticket: new,
                    classification: category.map { .classify(category: $0, level: .grid) }, closing: closing)
    }

    /// A category by id or label, in any case: `sanitation`, `Sanitation`, `环境卫生`.
    public static func category(named name: String) -> TicketCategory? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return TicketCategory.allCases.first {
            $0.rawValue == wanted || $0.label.en.lowercased() == wanted || $0.label.zh == wanted
        }
    }

    /// A ticket as a request: resolved and closed tickets are `closed`, the rest `open`. An
    /// imported ticket gives back what its source said: the request id (as `source_request_id`),
    /// the service, the coordinates.
    public static func request(_ t: Ticket, in dataset: Dataset, language: Language) -> Open311Request {
        let notes: String? = switch t.closeReason {
        case .invalid(let reason): t.resolutionNote ?? reason
        case .duplicate(let original): t.resolutionNote ?? "duplicate of \(original)"
        case .atSource(let note): t.resolutionNote ?? (note.isEmpty ? nil : note)
        case .rated, nil: t.resolutionNote
        }
        let source = Open311Marker.block(in: t.description)
        let service = source?.fields["service"].map(serviceParts)
        let coordinates = source?.fields["coordinates"].map { $0.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
        return Open311Request(
            serviceRequestID: t.id, status: t.isOpen ? "open" : "closed", statusNotes: notes,
            serviceName: service?.name ?? t.category?.label.text(language), serviceCode: service?.code ?? t.category?.rawValue,
            description: t.description.isEmpty ? t.title : t.title + "\n\n" + t.description,
            agencyResponsible: t.assignee.map { dataset.worker($0)?.name ?? $0 } ?? t.level.label.text(language),
            requested: t.createdAt, updated: t.updatedAt ?? t.createdAt, expected: t.deadline,
            // The import's stand-in for an unknown district is not an address.
            address: !t.location.districtGiven && t.location.street.isEmpty ? nil : t.location.path(to: .grid),
            lat: coordinates?.count == 2 ? coordinates?[0] : nil, long: coordinates?.count == 2 ? coordinates?[1] : nil,
            sourceRequestID: source?.requestID)
    }

    /// `Potholes (POT)` → name and code, as the import wrote them; a lone value is the name.
    static func serviceParts(_ text: String) -> (name: String?, code: String?) {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return (text, nil) }
        return (String(text[..<open.lowerBound]), String(text[open.upperBound...].dropLast()))
    }
}
