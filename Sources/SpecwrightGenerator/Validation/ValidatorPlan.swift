import SpecwrightModel

/// Which schemas get a validator function of their own, under which name, and in which file: decided once
/// per model before files render in parallel, so that every file can call any other file's validators.
///
/// Every type's schema gets one (in the type's file), and so does every component schema and every `$ref`
/// target (in the namespace's own file when no type holds it). Other subschemas are checked inline, or by
/// a private helper of the function that holds them.
struct ValidatorPlan: Sendable {
    /// The enum whose static functions are the validators (`SchemaValidators`).
    let namespace: String
    let dialect: OpenAPIDialect
    let index: SchemaIndex
    /// Validator function name by schema identity.
    let functionNames: [String: String]
    /// The values of `functionNames`, which helpers and constants must not take.
    let reservedNames: Set<String>
    /// The identities whose functions each top-level type's file holds, by the type's qualified name.
    let identitiesByFile: [String: [String]]
    /// Identities whose functions live in the namespace's file.
    let namespaceIdentities: [String]
    /// The file the spec's root is, so that locations in it are written `#/...`.
    let rootFile: String
    /// Identities whose validators can call themselves again (through `$ref` cycles): only these bound
    /// their nesting depth.
    let recursiveIdentities: Set<String>
    /// Every type declaration, nested ones too, by qualified name: what typed checks call for a field.
    let declarations: [String: TypeDeclaration]

    /// - Parameter index: every schema of `model`.
    init(model: APIModel, index: SchemaIndex) {
        let topLevelNames = Set(model.types.map(\.name))
        namespace = ["SchemaValidators", "SpecwrightSchemaValidators"].first { !topLevelNames.contains($0) } ?? "SchemaValidators_"
        dialect = model.dialect
        self.index = index
        rootFile = model.schemas.values.first.map(Self.file) ?? ""

        var names: [String: String] = [:]
        var used: Set<String> = []
        var byFile: [String: [String]] = [:]
        var assigned: Set<String> = []
        var declarations: [String: TypeDeclaration] = [:]
        func assign(_ identity: String) -> Bool {
            guard assigned.insert(identity).inserted else { return false }
            names[identity] = Self.uniqueName(ValidatorNaming.functionName(forPointer: identity), used: &used)
            return true
        }
        func assignDeclaration(_ declaration: TypeDeclaration, file: String) {
            declarations[declaration.qualifiedName] = declaration
            if assign(declaration.schema.identity) { byFile[file, default: []].append(declaration.schema.identity) }
            for nested in declaration.nestedTypes { assignDeclaration(nested, file: file) }
        }
        for declaration in model.types { assignDeclaration(declaration, file: declaration.qualifiedName) }
        var orphans: [String] = []
        for schema in model.schemas.values where assign(schema.identity) { orphans.append(schema.identity) }
        // `$ref` targets anywhere below the schemas that have functions, until no new target appears.
        var pending = Array(assigned)
        var visited: Set<String> = []
        while let identity = pending.popLast() {
            guard visited.insert(identity).inserted, let schema = index[identity] else { continue }
            var stack = [schema]
            while let current = stack.popLast() {
                if let reference = current.reference, index[reference] != nil {
                    if assign(reference) { orphans.append(reference) }
                    pending.append(reference)
                }
                stack += current.subschemas
            }
        }
        functionNames = names
        self.declarations = declarations
        reservedNames = used
        identitiesByFile = byFile
        namespaceIdentities = orphans
        recursiveIdentities = Self.identitiesOnCycles(names: names, index: index)
    }

    /// Tarjan's strongly connected components over "validator calls validator" edges.
    private static func identitiesOnCycles(names: [String: String], index: SchemaIndex) -> Set<String> {
        var edges: [String: [String]] = [:]
        for identity in names.keys {
            guard let schema = index[identity] else { continue }
            var targets: [String] = []
            var stack = schema.subschemas
            if let reference = schema.reference { targets.append(reference) }
            while let current = stack.popLast() {
                if names[current.identity] != nil { targets.append(current.identity); continue }
                if let reference = current.reference, names[reference] != nil { targets.append(reference) }
                stack += current.subschemas
            }
            edges[identity] = targets
        }
        var order: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var recursive: Set<String> = []
        func connect(_ identity: String) {
            order[identity] = order.count
            lowLink[identity] = order[identity]
            stack.append(identity)
            onStack.insert(identity)
            for target in edges[identity] ?? [] {
                if order[target] == nil {
                    connect(target)
                    lowLink[identity] = min(lowLink[identity]!, lowLink[target]!)
                } else if onStack.contains(target) {
                    lowLink[identity] = min(lowLink[identity]!, order[target]!)
                }
            }
            guard lowLink[identity] == order[identity] else { return }
            var component: [String] = []
            while let member = stack.popLast() {
                onStack.remove(member)
                component.append(member)
                if member == identity { break }
            }
            if component.count > 1 || (edges[identity] ?? []).contains(identity) { recursive.formUnion(component) }
        }
        for identity in names.keys.sorted() where order[identity] == nil { connect(identity) }
        return recursive
    }

    /// How generated code writes the location of `keyword` (a path of tokens) in `schema`.
    func location(of schema: Schema, _ keyword: String...) -> String {
        let (file, pointer) = (Self.file(of: schema), schema.pointer)
        var text = (file == rootFile ? "" : String(file.split(separator: "/").last ?? "")) + "#" + pointer
        for token in keyword {
            text += "/"
            text += token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") })
                ? token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") : token
        }
        return text
    }

    /// The file a schema is written in: its identity up to the first `#`, as locations have always been written.
    private static func file(of schema: Schema) -> String {
        let bytes = schema.identity.utf8
        return String(Substring(bytes[..<(bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex)]))
    }

    static func uniqueName(_ base: String, used: inout Set<String>) -> String {
        var name = base
        var counter = 2
        while !used.insert(name).inserted {
            name = base + String(counter)
            counter += 1
        }
        return name
    }
}

/// Names of validator functions and constants: lower camel case from a schema's pointer.
enum ValidatorNaming {
    /// `file#/components/schemas/create_customer/properties/address` → `createCustomerAddress`.
    static func functionName(forPointer identity: String) -> String {
        let pointer = identity.utf8.contains(UInt8(ascii: "#")) ? NodeIdentity.split(identity).pointer : Substring(identity)
        // JSON pointer tokens are separated by `/` bytes (RFC 6901).
        var tokens = pointer.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
        if tokens.starts(with: ["components", "schemas"]) { tokens.removeFirst(2) }
        let meaningful = tokens.filter { !["properties", "$defs", "definitions"].contains($0) }
        return camelCase(meaningful.isEmpty ? ["schema"] : meaningful)
    }

    /// `postal_code` → `PostalCode`: a name to append to another.
    static func upperCamelCase(_ word: String) -> String {
        let lower = camelCase(["x", word])
        return String(lower.dropFirst())
    }

    /// Joins words in lower camel case, keeping only ASCII letters and digits (a valid identifier). The parts
    /// are ASCII, so the cases are changed in bytes.
    static func camelCase(_ words: [String]) -> String {
        var result: [UInt8] = []
        for word in words {
            for part in parts(of: word) {
                if result.isEmpty {
                    result = lowercasedFirstWord(part)
                } else {
                    result.append(uppercased(part[part.startIndex]))
                    result += part.dropFirst()
                }
            }
        }
        if result.isEmpty { result = Array("schema".utf8) }
        if isDigit(result[0]) { result = Array("schema".utf8) + result }
        let name = String(decoding: result, as: UTF8.self)
        return SwiftNaming.keywords.contains(name) ? name + "Schema" : name
    }

    /// The runs of ASCII letters and digits in `word`, as bytes; an ASCII word (nearly all) is split in its
    /// bytes, any other in its characters (a letter with a combining mark is not an ASCII letter).
    private static func parts(of word: String) -> [ArraySlice<UInt8>] {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return word.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map { ArraySlice($0.utf8) }
        }
        return Array(word.utf8).split(whereSeparator: { !(isDigit($0) || isUppercase($0) || isLowercase($0)) })
    }

    /// `CreateCustomerRequest` → `createCustomerRequest`, `IBANAccount` → `ibanAccount`, `URL` → `url`.
    private static func lowercasedFirstWord(_ word: ArraySlice<UInt8>) -> [UInt8] {
        let upperRun = word.prefix(while: isUppercase).count
        if upperRun == 0 { return Array(word) }
        let lowered = upperRun == word.count ? upperRun : upperRun == 1 ? 1 : upperRun - 1
        return word.prefix(lowered).map { $0 | 0x20 } + word.dropFirst(lowered)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLowercase(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    private static func uppercased(_ byte: UInt8) -> UInt8 { isLowercase(byte) ? byte & ~0x20 : byte }
}
