import Foundation

/// One GeoReport v2 service request, the fields this program reads and writes. Encoded with
/// every standard key present (null when empty), dates in ISO 8601 UTC.
public struct Open311Request: Encodable, Equatable, Sendable {
    public var serviceRequestID: String
    /// `open` or `closed`.
    public var status: String
    public var statusNotes: String?
    public var serviceName: String?
    public var serviceCode: String?
    public var description: String?
    public var agencyResponsible: String?
    public var serviceNotice: String?
    public var requested: Date?
    public var updated: Date?
    public var expected: Date?
    public var address: String?
    public var addressID: String?
    public var zipcode: String?
    public var lat: Double?
    public var long: Double?
    public var mediaURL: String?
    /// Not in the request list format, but some exports carry `first_name`, `last_name`, `phone`.
    public var reporterName: String?
    public var reporterPhone: String?
    /// Not in the format either, but some servers send a short `title` beside the description.
    public var title: String?
    /// Written by the export only (`source_request_id`): the id a ticket had on the server it was
    /// imported from.
    public var sourceRequestID: String?

    public init(serviceRequestID: String, status: String, statusNotes: String? = nil, serviceName: String? = nil,
                serviceCode: String? = nil, description: String? = nil, agencyResponsible: String? = nil,
                serviceNotice: String? = nil, requested: Date? = nil, updated: Date? = nil, expected: Date? = nil,
                address: String? = nil, addressID: String? = nil, zipcode: String? = nil, lat: Double? = nil,
                long: Double? = nil, mediaURL: String? = nil, reporterName: String? = nil, reporterPhone: String? = nil,
                title: String? = nil, sourceRequestID: String? = nil) {
        self.serviceRequestID = serviceRequestID
        self.status = status
        self.statusNotes = statusNotes
        self.serviceName = serviceName
        self.serviceCode = serviceCode
        self.description = description
        self.agencyResponsible = agencyResponsible
        self.serviceNotice = serviceNotice
        self.requested = requested
        self.updated = updated
        self.expected = expected
        self.address = address
        self.addressID = addressID
        self.zipcode = zipcode
        self.lat = lat
        self.long = long
        self.mediaURL = mediaURL
        self.reporterName = reporterName
        self.reporterPhone = reporterPhone
        self.title = title
        self.sourceRequestID = sourceRequestID
    }

    enum Key: String, CodingKey, CaseIterable {
        case serviceRequestID = "service_request_id"
        case status
        case statusNotes = "status_notes"
        case serviceName = "service_name"
        case serviceCode = "service_code"
        case description
        case agencyResponsible = "agency_responsible"
        case serviceNotice = "service_notice"
        case requested = "requested_datetime"
        case updated = "updated_datetime"
        case expected = "expected_datetime"
        case address
        case addressID = "address_id"
        case zipcode
        case lat
        case long
        case mediaURL = "media_url"
        case sourceRequestID = "source_request_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(serviceRequestID, forKey: .serviceRequestID)
        try c.encode(status, forKey: .status)
        try c.encode(statusNotes, forKey: .statusNotes)
        try c.encode(serviceName, forKey: .serviceName)
        try c.encode(serviceCode, forKey: .serviceCode)
        try c.encode(description, forKey: .description)
        try c.encode(agencyResponsible, forKey: .agencyResponsible)
        try c.encode(serviceNotice, forKey: .serviceNotice)
        try c.encode(requested, forKey: .requested)
        try c.encode(updated, forKey: .updated)
        try c.encode(expected, forKey: .expected)
        try c.encode(address, forKey: .address)
        try c.encode(addressID, forKey: .addressID)
        try c.encode(zipcode, forKey: .zipcode)
        try c.encode(lat, forKey: .lat)
        try c.encode(long, forKey: .long)
        try c.encode(mediaURL, forKey: .mediaURL)
        try c.encodeIfPresent(sourceRequestID, forKey: .sourceRequestID)
    }
}
