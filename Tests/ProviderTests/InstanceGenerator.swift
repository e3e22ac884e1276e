import SpecwrightValidation

/// A small, fast, seedable generator (SplitMix64), so that every run tests the same instances.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[Int.random(in: 0..<values.count, using: &self)]
    }
}

/// Random JSON instances shaped by a schema of a spec: mostly close to valid (the interesting cases), with
/// wrong types, missing and extra members, boundary numbers and strings that break lengths, patterns and
/// formats mixed in.
struct InstanceGenerator {
    /// The whole spec as JSON, to follow `#/...` references.
    let document: JSONValue
    var random: SeededRandom

    /// Strings for each format: valid ones, and ones that fail in the ways providers care about.
    static let formatSamples: [String: [String]] = [
        "iban": ["DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "DE88370400440532013000", "XX89370400440532013000", "DE8937040044053201300"],
        "bic": ["COBADEFFXXX", "DEUTDEFF", "cobadeff", "COBAXXFF", "COBADEFFXX"],
        "country": ["CA", "CAN", "Canada", "Germany", "XX", "ca"],
        "country-alpha2": ["CA", "DE", "XX", "can"],
        "date": ["2024-02-29", "1987-03-14", "2023-02-29", "2024-13-01", "14.03.1987"],
        "date-time": ["2024-09-10T22:26:49.739Z", "2024-09-10T22:26:49+02:00", "2024-09-10 22:26:49", "2024-02-30T00:00:00Z"],
        "uuid": ["5937e644-0066-44a6-a335-d37a95198bb4", "5937E644-0066-44A6-A335-D37A95198BB4", "5937e644-0066-44a6-a335", "not-a-uuid"],
        "email": ["jane@example.com", "jane.doe@example.co.uk", "jane@", "@example.com"],
        "uri": ["https://example.com/a?b=c", "urn:isbn:0451450523", "//example.com", "not a uri"],
        "stellar-account-id": [
            "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA",
            "SA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ",
        ],
    ]

    init(document: JSONValue, seed: UInt64) {
        self.document = document
        random = SeededRandom(seed: seed)
    }

    mutating func instance(of schema: JSONValue, depth: Int = 0) -> JSONValue {
        guard depth < 7, case .object(let keywords) = schema else { return randomScalar() }
        if case .string(let reference)? = keywords["$ref"], let target = resolve(reference) {
            return instance(of: target, depth: depth + 1)
        }
        if random.chance(0.04) { return randomScalar() }
        if case .array(let values)? = keywords["enum"], !values.isEmpty, !random.chance(0.08) { return random.pick(values) }
        if let constant = keywords["const"], !random.chance(0.1) { return constant }
        for keyword in ["oneOf", "anyOf"] {
            if case .array(let branches)? = keywords[keyword], !branches.isEmpty {
                return instance(of: random.pick(branches), depth: depth + 1)
            }
        }
        if case .array(let parts)? = keywords["allOf"], !parts.isEmpty {
            var own = keywords
            own["allOf"] = nil
            return parts.reduce(instance(of: .object(own), depth: depth + 1)) { merged(into: $0, instance(of: $1, depth: depth + 1)) }
        }
        let examples = (keywords["examples"]?.arrayValue ?? []) + [keywords["example"]].compactMap { $0 }
        if !examples.isEmpty && random.chance(0.3) { return random.pick(examples) }
        let type: String
        switch keywords["type"] {
        case .string(let name)?: type = name
        case .array(let names)?: type = names.compactMap(\.stringValue).randomElement(using: &random) ?? "string"
        default: type = keywords["properties"] != nil || keywords["required"] != nil ? "object" : (random.chance(0.5) ? "string" : "object")
        }
        switch type {
        case "object": return object(keywords, depth: depth)
        case "array": return array(keywords, depth: depth)
        case "string": return string(keywords)
        case "integer", "number": return number(keywords, integer: type == "integer")
        case "boolean": return .bool(random.chance(0.5))
        default: return .null
        }
    }

    private mutating func object(_ keywords: [String: JSONValue], depth: Int) -> JSONValue {
        let properties = keywords["properties"]?.objectValue ?? [:]
        let required = Set(keywords["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        var members: [String: JSONValue] = [:]
        for name in properties.keys.sorted() {
            let include = required.contains(name) ? !random.chance(0.05) : random.chance(0.5)
            if include { members[name] = instance(of: properties[name]!, depth: depth + 1) }
        }
        if random.chance(0.08) { members["unexpectedMember"] = randomScalar() }
        if let additional = keywords["additionalProperties"], additional.objectValue != nil, random.chance(0.5) {
            members["extra\(random.next() % 4)"] = instance(of: additional, depth: depth + 1)
        }
        return .object(members)
    }

    private mutating func array(_ keywords: [String: JSONValue], depth: Int) -> JSONValue {
        let count = Int(random.next() % 4)
        guard let items = keywords["items"] else { return .array((0..<count).map { _ in randomScalar() }) }
        var elements = (0..<count).map { _ in instance(of: items, depth: depth + 1) }
        if let first = elements.first, random.chance(0.1) { elements.append(first) }
        return .array(elements)
    }

    private mutating func string(_ keywords: [String: JSONValue]) -> JSONValue {
        if let format = keywords["format"]?.stringValue, let samples = Self.formatSamples[format], random.chance(0.8) {
            return .string(random.pick(samples))
        }
        let minimum = keywords["minLength"]?.int64Value.map(Int.init) ?? 0
        let maximum = keywords["maxLength"]?.int64Value.map(Int.init) ?? max(minimum, 12)
        let length = random.pick([max(0, minimum - 1), minimum, maximum, maximum + 1, Int(random.next() % UInt64(maximum + 2))])
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_.é€")
        return .string(String((0..<min(length, 200)).map { _ in random.pick(alphabet) }))
    }

    private mutating func number(_ keywords: [String: JSONValue], integer: Bool) -> JSONValue {
        var candidates: [JSONNumber] = [0, 1, -1, 42, 1_000_000]
        for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
            if let bound = keywords[key]?.numberValue, let value = bound.int64Value {
                candidates += [JSONNumber(value - 1), bound, JSONNumber(value + 1)]
            }
        }
        if let divisor = keywords["multipleOf"]?.numberValue {
            candidates += [divisor, JSONNumber(divisor.doubleValue * 3), JSONNumber(divisor.doubleValue * 2.5)]
        }
        if !integer || random.chance(0.1) { candidates += [JSONNumber("10.25")!, JSONNumber("0.1")!, JSONNumber("1.0")!] }
        return .number(random.pick(candidates))
    }

    mutating func randomScalar() -> JSONValue {
        random.pick([.null, .bool(true), .number(7), .number(JSONNumber("2.5")!), .string(""), .string("text"), .array([]), .object([:])])
    }

    private func merged(into base: JSONValue, _ other: JSONValue) -> JSONValue {
        guard case .object(var members) = base, case .object(let more) = other else { return base }
        members.merge(more) { current, _ in current }
        return .object(members)
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var current = document
        for token in reference.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = current[key] ?? Int(key).flatMap({ current[$0] }) else { return nil }
            current = next
        }
        return current
    }
}

/// Small changes to a valid instance, each breaking one rule or none: a member dropped or added, a value of
/// another type, a string or number pushed past its limits, an array emptied or given a duplicate.
struct InstanceMutator {
    var random: SeededRandom

    mutating func mutate(_ value: JSONValue, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var members):
            if !members.isEmpty, depth < 6, random.chance(0.7) {
                let key = random.pick(members.keys.sorted())
                members[key] = mutate(members[key]!, depth: depth + 1)
                return .object(members)
            }
            switch random.next() % 4 {
            case 0 where !members.isEmpty: members[random.pick(members.keys.sorted())] = nil
            case 1: members["unexpectedMember"] = .string("x")
            case 2: return .array([value])
            default: return .null
            }
            return .object(members)
        case .array(var elements):
            if !elements.isEmpty, depth < 6, random.chance(0.6) {
                let index = Int(random.next() % UInt64(elements.count))
                elements[index] = mutate(elements[index], depth: depth + 1)
                return .array(elements)
            }
            switch random.next() % 3 {
            case 0: return .array([])
            case 1 where !elements.isEmpty: elements.append(elements[0])
            default: return .object([:])
            }
            return .array(elements)
        case .string(let string):
            let samples = InstanceGenerator.formatSamples.values.flatMap { $0 }
            return random.pick([
                .string(""), .string(string + string), .string(String(repeating: "A", count: 300)), .string(string.lowercased()),
                .string(string.uppercased()), .string(String(string.dropLast())), .string(random.pick(samples)), .number(5), .null,
            ])
        case .number(let number):
            let double = number.doubleValue
            return random.pick([
                .number(JSONNumber(double + 1)), .number(JSONNumber(double - 1)), .number(JSONNumber(-double - 1)),
                .number(JSONNumber(double + 0.5)), .number(JSONNumber(double * 1000)), .string(number.description), .null,
            ])
        case .bool(let flag):
            return random.pick([.bool(!flag), .string(String(flag)), .null])
        case .null:
            return random.pick([.string("x"), .number(0), .object([:])])
        }
    }
}
