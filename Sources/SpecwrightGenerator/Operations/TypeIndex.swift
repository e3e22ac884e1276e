import SpecwrightModel
import SpecwrightReader

/// The model's declarations by qualified name (nested ones included), for what operations need to know
/// about the types they mention: struct members for pagination, enum cases for default values.
struct TypeIndex {
    private var declarations: [String: TypeDeclaration] = [:]

    init(_ types: [TypeDeclaration]) {
        var pending = types
        while let declaration = pending.popLast() {
            declarations[declaration.qualifiedName] = declaration
            pending += declaration.nestedTypes
        }
    }

    func declaration(of type: SwiftType?) -> TypeDeclaration? {
        guard case .named(let name) = type else { return nil }
        return declarations[name]
    }

    func structure(of type: SwiftType?) -> Structure? {
        guard case .structure(let structure) = declaration(of: type)?.kind else { return nil }
        return structure
    }

    func union(of type: SwiftType?) -> Union? {
        guard case .union(let union) = declaration(of: type)?.kind else { return nil }
        return union
    }

    /// A Swift literal of `value` for a parameter of `type`: `20`, `"created_at"`, `.createdAt`; `nil`
    /// when the value does not fit the type.
    func literal(for value: Node, type: SwiftType) -> String? {
        if case .string(let text) = value.value { return literal(forString: text, type: type) }
        switch (type, value.value) {
        case (.integer, .number(let number)):
            return number.integerValue.map(String.init)
        case (.double, .number(let number)), (.float, .number(let number)):
            return number.literal
        case (.bool, .bool(let flag)):
            return flag ? "true" : "false"
        case (.named, .number(let number)):
            if case .integerEnumeration(let enumeration) = declaration(of: type)?.kind,
               let match = enumeration.cases.first(where: { String($0.rawValue) == number.literal }) {
                return "." + match.swiftName
            }
            return nil
        default:
            return nil
        }
    }

    /// A string literal, or the case of a string enum whose raw value is `text`.
    func literal(forString text: String, type: SwiftType) -> String? {
        switch type {
        case .string:
            return "\"\(SwiftEscaping.stringLiteralContent(text))\""
        case .named:
            guard case .stringEnumeration(let enumeration) = declaration(of: type)?.kind,
                  let match = enumeration.cases.first(where: { $0.rawValue == text })
            else { return nil }
            return "." + match.swiftName
        default:
            return nil
        }
    }
}
