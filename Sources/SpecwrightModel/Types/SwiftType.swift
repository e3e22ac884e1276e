/// The Swift type of a property, array element, dictionary value or union case.
public indirect enum SwiftType: Hashable, Sendable {
    case string
    /// `Int` (no format), `Int32` (`int32`) or `Int64` (`int64`).
    case integer(IntegerWidth)
    /// `Double`, or `Float` for `format: float`.
    case double
    case float
    /// `Decimal`, for `format: decimal` numbers where binary floating point would round amounts.
    case decimal
    case bool
    /// `Date`, for `format: date-time` (RFC 3339 on the wire).
    case dateTime
    /// `CalendarDate`, for `format: date`: a day with no time zone, so no shift on decoding.
    case calendarDate
    case uuid
    /// `JSONValue`: a schema that does not pin down one Swift type.
    case json
    /// A generated type, by its qualified name (`Customer` or `Customer.Address`).
    case named(String)
    case array(SwiftType)
    /// A JSON object with arbitrary keys: `[String: Value]`.
    case dictionary(SwiftType)

    public enum IntegerWidth: Hashable, Sendable {
        case native, bits32, bits64
    }

    /// The type as written in Swift source.
    public var swiftName: String {
        switch self {
        case .string: "String"
        case .integer(.native): "Int"
        case .integer(.bits32): "Int32"
        case .integer(.bits64): "Int64"
        case .double: "Double"
        case .float: "Float"
        case .decimal: "Decimal"
        case .bool: "Bool"
        case .dateTime: "Date"
        case .calendarDate: "CalendarDate"
        case .uuid: "UUID"
        case .json: "JSONValue"
        case .named(let name): name
        case .array(let element): "[\(element.swiftName)]"
        case .dictionary(let value): "[String: \(value.swiftName)]"
        }
    }

    /// Every generated type this type mentions, including array elements and dictionary values.
    var namedTypes: [String] {
        switch self {
        case .named(let name): [name]
        case .array(let element): element.namedTypes
        case .dictionary(let value): value.namedTypes
        default: []
        }
    }

    /// The same type with each generated type's name passed through `rename`.
    public func renamingTypes(_ rename: (String) -> String) -> SwiftType {
        switch self {
        case .named(let name): .named(rename(name))
        case .array(let element): .array(element.renamingTypes(rename))
        case .dictionary(let value): .dictionary(value.renamingTypes(rename))
        default: self
        }
    }

    /// The generated type this type stores inline (not behind an array or dictionary's heap buffer).
    /// Used to find recursive value types that need a box.
    var inlineNamedType: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
