import SpecwrightModel

/// Swift expressions that move a value between its stored Swift type and its JSON wire form.
///
/// `Date` and `UUID` go through `DateTimeString` / `UUIDString` (RFC 3339, lowercase UUIDs) so that generated
/// types decode the same way with any decoder configuration; everything else is its own wire form.
enum WireCoding {
    static func needsConversion(_ type: SwiftType) -> Bool {
        switch type {
        case .dateTime, .uuid: true
        case .array(let element): needsConversion(element)
        case .dictionary(let value): needsConversion(value)
        default: false
        }
    }

    /// The type to hand to `decode(_:forKey:)`.
    static func wireType(_ type: SwiftType) -> String {
        switch type {
        case .dateTime: "DateTimeString"
        case .uuid: "UUIDString"
        case .array(let element): "[\(wireType(element))]"
        case .dictionary(let value): "[String: \(wireType(value))]"
        default: type.swiftName
        }
    }

    /// Converts `expression` (of the wire type) to the stored type; `tristate`: the expression is a `Nullable`.
    static func fromWire(_ expression: String, _ type: SwiftType, optional: Bool = false, tristate: Bool = false) -> String {
        guard needsConversion(type) else { return expression }
        if tristate { return "\(expression).map { \(fromWire("$0", type)) }" }
        let chain = optional ? "?" : ""
        switch type {
        case .dateTime: return "\(expression)\(chain).date"
        case .uuid: return "\(expression)\(chain).uuid"
        case .array(let element):
            return optional ? "\(expression)?.map { \(fromWire("$0", element)) }" : "\(expression).map { \(fromWire("$0", element)) }"
        case .dictionary(let value):
            return optional ? "\(expression)?.mapValues { \(fromWire("$0", value)) }" : "\(expression).mapValues { \(fromWire("$0", value)) }"
        default: return expression
        }
    }

    /// Converts `expression` (of the stored type) to the wire type.
    static func toWire(_ expression: String, _ type: SwiftType, optional: Bool = false) -> String {
        guard needsConversion(type) else { return expression }
        if optional { return "\(expression).map { \(toWire("$0", type)) }" }
        switch type {
        case .dateTime: return "DateTimeString(\(expression))"
        case .uuid: return "UUIDString(\(expression))"
        case .array(let element): return "\(expression).map { \(toWire("$0", element)) }"
        case .dictionary(let value): return "\(expression).mapValues { \(toWire("$0", value)) }"
        default: return expression
        }
    }
}
