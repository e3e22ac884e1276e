/// OpenAPI's `style` of a parameter: how a value becomes text in its location.
public enum ParameterStyle: String, Sendable, Hashable {
    /// Path: `{.color}` of RFC 6570.
    case label
    /// Path: `{;color}` of RFC 6570.
    case matrix
    /// Query and cookie: `color=blue`.
    case form
    /// Path and header: `blue,black`.
    case simple
    /// Query arrays and objects: values separated by `%20`.
    case spaceDelimited
    /// Query arrays and objects: values separated by `|`.
    case pipeDelimited
    /// Query objects: `color[R]=100`.
    case deepObject
}
