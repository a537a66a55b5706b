/// Chinese names of operation fields, for refusal messages.
enum FieldNames {
    static func zh(_ field: String) -> String {
        switch field {
        case "reason": "理由"
        case "note": "办理说明"
        case "text": "内容"
        case "post": "岗位"
        case "title": "标题"
        case "district": "所在区"
        default: field
        }
    }
}
