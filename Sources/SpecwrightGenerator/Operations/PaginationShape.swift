import SpecwrightModel
import SpecwrightReader

/// How an operation pages, found from its parameters and response (see `Docs/pagination.md`), or
/// declared by the `x-pagination` extension.
///
/// Expressions are Swift read from a decoded `page` and the `input` that fetched it.
struct PaginationShape {
    enum Advance {
        /// The next request sets `parameter` to the cursor the page gives.
        case cursor(parameter: String, next: String)
        /// The next request sets `parameter` to the offset after this page.
        case offset(parameter: String, parameterType: String, isOptional: Bool, limit: String?, total: String?)
    }

    let advance: Advance
    let items: String
    let itemTypeName: String
    let pageTypeName: String
    /// `.ok(let page)`: the case of the page, binding it.
    let pagePattern: String

    static let cursorParameters = ["cursor", "after", "page_token", "pageToken", "next_token", "nextToken", "starting_after",
                                   "continuation_token", "continuationToken", "page_cursor"]
    static let nextCursorNames = ["next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken",
                                  "next", "continuation_token", "continuationToken"]
    static let offsetParameters = ["offset", "skip"]
    static let limitParameters = ["limit", "page_size", "pageSize", "per_page", "perPage", "size"]
    static let itemNames = ["data", "items", "results", "records", "entries", "content", "values", "elements"]
    static let totalNames = ["total_count", "totalCount", "total", "total_items", "totalItems", "total_results"]
    static let containerNames = ["pagination", "meta", "page", "paging", "page_info", "pageInfo", "cursor"]

    /// - Parameters:
    ///   - members: the input's members by parameter name (query parameters only).
    ///   - success: the first `2XX` case with a body.
    static func find(
        _ operation: Operation, members: [String: (swiftName: String, type: SwiftType, isOptional: Bool)],
        success: OutputContext.Case?, successType: SwiftType?, types: TypeIndex
    ) throws -> PaginationShape? {
        guard let success, let pattern = success.bodyPattern, let pageTypeName = success.bodyTypeName, let pageType = successType else {
            if let declared = operation.extensions["x-pagination"] {
                throw SpecError("`x-pagination` needs a 2XX response with a JSON body", at: declared.location)
            }
            return nil
        }
        let pagePattern = pattern.replacingOccurrences(of: "let body", with: "let page")
        if let declared = operation.extensions["x-pagination"] {
            return try declaredShape(declared, members: members, pageType: pageType, pageTypeName: pageTypeName, pagePattern: pagePattern, types: types)
        }
        guard operation.method == "GET", let (items, itemType) = itemsPath(of: pageType, types: types) else { return nil }
        if let cursorName = cursorParameters.first(where: { members[$0]?.type == .string }), let member = members[cursorName] {
            let candidates = [cursorName] + nextCursorNames
            guard let next = findPath(in: pageType, names: candidates, type: .string, types: types) else { return nil }
            return PaginationShape(
                advance: .cursor(parameter: member.swiftName, next: next.expression),
                items: items, itemTypeName: itemType.swiftName, pageTypeName: pageTypeName, pagePattern: pagePattern
            )
        }
        if let offsetName = offsetParameters.first(where: { members[$0].map { isInteger($0.type) } == true }), let offset = members[offsetName] {
            let limit = limitParameters.compactMap { members[$0] }.first { isInteger($0.type) }
            let total = totalNames.lazy.compactMap { findPath(in: pageType, names: [$0], type: nil, types: types) }.first { isInteger($0.type) }
            return PaginationShape(
                advance: .offset(
                    parameter: offset.swiftName, parameterType: offset.type.swiftName, isOptional: offset.isOptional,
                    limit: limit.map { $0.isOptional ? "input.\($0.swiftName).map { Int($0) }" : "Int(input.\($0.swiftName))" },
                    total: total.map { $0.isOptional ? "\($0.expression).map { Int($0) }" : "Int(\($0.expression))" }
                ),
                items: items, itemTypeName: itemType.swiftName, pageTypeName: pageTypeName, pagePattern: pagePattern
            )
        }
        return nil
    }

    /// `x-pagination: {cursor: after, nextCursor: /after, items: /items}` or
    /// `x-pagination: {offset: offset, limit: limit, items: /data, total: /meta/total_count}`.
    private static func declaredShape(
        _ node: Node, members: [String: (swiftName: String, type: SwiftType, isOptional: Bool)],
        pageType: SwiftType, pageTypeName: String, pagePattern: String, types: TypeIndex
    ) throws -> PaginationShape {
        func parameter(_ key: String) throws -> (swiftName: String, type: SwiftType, isOptional: Bool)? {
            guard let value = node[key] else { return nil }
            let name = try value.expectString()
            guard let member = members[name] else { throw SpecError("`x-pagination.\(key)` names `\(name)`, which is not a query parameter of the operation", at: value.location) }
            return member
        }
        func pointer(_ key: String, required: Bool) throws -> (expression: String, type: SwiftType, isOptional: Bool)? {
            guard let value = node[key] else {
                if required { throw SpecError("`x-pagination` needs `\(key)` (a JSON pointer into the response body)", at: node.location) }
                return nil
            }
            let text = try value.expectString()
            let tokens = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
                $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
            guard text.hasPrefix("/") || text.isEmpty, let path = resolve(tokens, from: pageType, types: types) else {
                throw SpecError("`x-pagination.\(key)`: `\(text)` does not name a member of the response body", at: value.location)
            }
            return path
        }
        guard let items = try pointer("items", required: true), case .array(let itemType) = items.type else {
            throw SpecError("`x-pagination.items` must point to an array", at: node.location)
        }
        let itemsExpression = items.isOptional ? "(\(items.expression) ?? [])" : items.expression
        if let cursor = try parameter("cursor") {
            guard let next = try pointer("nextCursor", required: true), next.type == .string else {
                throw SpecError("`x-pagination.nextCursor` must point to a string", at: node.location)
            }
            return PaginationShape(
                advance: .cursor(parameter: cursor.swiftName, next: next.expression),
                items: itemsExpression, itemTypeName: itemType.swiftName, pageTypeName: pageTypeName, pagePattern: pagePattern
            )
        }
        if let offset = try parameter("offset") {
            let limit = try parameter("limit")
            let total = try pointer("total", required: false)
            return PaginationShape(
                advance: .offset(
                    parameter: offset.swiftName, parameterType: offset.type.swiftName, isOptional: offset.isOptional,
                    limit: limit.map { $0.isOptional ? "input.\($0.swiftName).map { Int($0) }" : "Int(input.\($0.swiftName))" },
                    total: total.map { $0.isOptional ? "\($0.expression).map { Int($0) }" : "Int(\($0.expression))" }
                ),
                items: itemsExpression, itemTypeName: itemType.swiftName, pageTypeName: pageTypeName, pagePattern: pagePattern
            )
        }
        throw SpecError("`x-pagination` needs `cursor` or `offset` (the query parameter that moves to the next page)", at: node.location)
    }

    private static func isInteger(_ type: SwiftType) -> Bool {
        if case .integer = type { return true }
        return false
    }

    /// The page's list of items: a member called `data`, `items`, ... or its only array; or the page itself.
    private static func itemsPath(of pageType: SwiftType, types: TypeIndex) -> (String, SwiftType)? {
        if case .array(let element) = pageType { return ("page", element) }
        guard let structure = types.structure(of: pageType) else { return nil }
        let arrays = structure.properties.filter { if case .array = $0.type { true } else { false } }
        guard let property = arrays.first(where: { itemNames.contains($0.wireName) }) ?? (arrays.count == 1 ? arrays[0] : nil),
              case .array(let element) = property.type
        else { return nil }
        return (property.isOptional ? "(page.\(property.swiftName) ?? [])" : "page.\(property.swiftName)", element)
    }

    /// A member named one of `names` at the top of the page or inside a `pagination`/`meta`-like object.
    private static func findPath(in pageType: SwiftType, names: [String], type: SwiftType?, types: TypeIndex) -> (expression: String, type: SwiftType, isOptional: Bool)? {
        guard let structure = types.structure(of: pageType) else { return nil }
        for name in names {
            if let found = resolve([name], from: pageType, types: types), type == nil || found.type == type { return found }
            for container in structure.properties where containerNames.contains(container.wireName) {
                if let found = resolve([container.wireName, name], from: pageType, types: types), type == nil || found.type == type { return found }
            }
        }
        return nil
    }

    /// The Swift expression reading the members named by wire names from `page`, with optional chaining.
    static func resolve(_ wireNames: [String], from pageType: SwiftType, types: TypeIndex) -> (expression: String, type: SwiftType, isOptional: Bool)? {
        var expression = "page"
        var type = pageType
        var isOptional = false
        for wireName in wireNames {
            guard let property = types.structure(of: type)?.properties.first(where: { $0.wireName == wireName }) else { return nil }
            expression += (isOptional ? "?." : ".") + property.swiftName
            isOptional = isOptional || property.isOptional
            type = property.type
        }
        return (expression, type, isOptional)
    }
}
