import Domain

// The record fields that are words: written as their raw values, as `Codable` does.
extension TicketCategory: JSONWritable {}
extension TicketLevel: JSONWritable {}
extension TicketStatus: JSONWritable {}
extension Source: JSONWritable {}
extension AccountabilityStep: JSONWritable {}
extension Gender: JSONWritable {}
extension CadrePool: JSONWritable {}
extension CadreStage: JSONWritable {}
