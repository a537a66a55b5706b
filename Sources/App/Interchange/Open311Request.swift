import Foundation
import Domain

/// One GeoReport v2 service request, the fields this program reads and writes. Written with
/// every standard key present (null when empty), dates in ISO 8601 UTC.
public struct Open311Request: JSONWritable, Equatable, Sendable {
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

    /// Keys in UTF-8 byte order, as DomainJSON sorts them.
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("address", address)
            out.field("address_id", addressID)
            out.field("agency_responsible", agencyResponsible)
            out.field("description", description)
            out.field("expected_datetime", expected)
            out.field("lat", lat)
            out.field("long", long)
            out.field("media_url", mediaURL)
            out.field("requested_datetime", requested)
            out.field("service_code", serviceCode)
            out.field("service_name", serviceName)
            out.field("service_notice", serviceNotice)
            out.field("service_request_id", serviceRequestID)
            out.fieldIfPresent("source_request_id", sourceRequestID)
            out.field("status", status)
            out.field("status_notes", statusNotes)
            out.field("updated_datetime", updated)
            out.field("zipcode", zipcode)
        }
    }
}
