import SpecwrightModel

extension Property {
    /// The private stored property behind the public one: a box keeps a struct-typed member out of line
    /// (which also breaks a recursive type), and a deprecated
    /// member keeps its value in a property that is not deprecated, so the generated initialiser and
    /// `Codable` code can set and read it without deprecation warnings (callers still get them).
    var storageName: String? {
        isBoxed || documentation.isDeprecated ? "_" + SwiftNaming.unescaped(swiftName) : nil
    }

    /// An expression reading the value without going through a deprecated accessor.
    var storedValue: String {
        guard let storageName else { return swiftName }
        return isBoxed ? storageName + ".value" : storageName
    }

    /// The property's type as declared: `Nullable<T>` when absent and `null` differ, `T?` when either is
    /// possible, else `T`.
    var declaredTypeName: String {
        if isTriState { return "Nullable<\(type.swiftName)>" }
        return type.swiftName + (isOptional ? "?" : "")
    }

    /// An expression of type `T?` reading the value (`nil` for absent or `null`).
    var optionalValue: String { isTriState ? "\(swiftName).wrapped" : swiftName }

    /// The member's JSON name as a Swift string literal (`"account_id"`).
    var wireNameLiteral: String { "\"\(SwiftEscaping.stringLiteralContent(wireName))\"" }
}
