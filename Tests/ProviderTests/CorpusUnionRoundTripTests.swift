import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// The union rule on public specs: for every `oneOf` / `anyOf` type, a valid payload (the spec's examples and
/// seeded instances generated from the schema, kept when the dynamic validator accepts them) decoded and
/// encoded again gives back every member and value. The types are generated, compiled with `swiftc` and run.
///
/// Members a schema does not declare are left out of the generated instances: generated structs keep only
/// declared members and a typed `additionalProperties`, for unions as for any other type.
struct CorpusUnionRoundTripTests {
    static let instancesPerUnion = 60

    @Test(arguments: ["adyen_legal_entity_v4.json", "paypal_invoicing_v2.json", "upvest_investment_v1.9.0.yaml", "obuk_account_info.json"])
    func everyUnionRoundTripsValidPayloadsWhole(file: String) throws {
        guard let url = try TestPaths.shared("corpus/\(file)"), let build = BuildProducts.locate() else { return }
        let spec = try Spec.load(fileAt: url.path)
        let model = try ModelBuilder.build(spec)
        let document = JSONValue(spec.root)
        let unions = model.types.flatMap(Self.unionDeclarations)
        try #require(!unions.isEmpty, "\(file) has no union")

        var cases: [(type: String, payload: JSONValue)] = []
        for (index, union) in unions.enumerated() {
            let pointer = String(union.schema.identity.split(separator: "#", maxSplits: 1).last ?? "")
            let schema = try #require(Self.resolve(pointer, in: document), "\(union.qualifiedName): no schema at \(pointer)")
            let validator = try SpecSchemaValidator(spec: spec, schema: pointer)
            var generator = InstanceGenerator(document: document, seed: UInt64(index + 1) &* 6_151)
            let examples = (schema["examples"]?.arrayValue ?? []) + [schema["example"]].compactMap { $0 }
            let generated = (0..<Self.instancesPerUnion).map { _ in Self.declaredMembersOnly(generator.instance(of: schema)) }
            var seen: Set<JSONValue> = []
            for candidate in (examples + generated).map({ Self.withoutMembersNoAlternativeStores($0, union) })
            where Self.isObjectIfEveryAlternativeIs(candidate, union) && validator.validate(candidate).isEmpty && seen.insert(candidate).inserted {
                cases.append((union.qualifiedName, candidate))
            }
        }
        #expect(cases.count > unions.count, "too few valid instances (\(cases.count)) for \(unions.count) unions")

        let output = try Self.compileAndRun(model: model, unions: unions.map(\.qualifiedName), cases: cases, build: build, module: "CorpusUnions")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var failures: [String] = []
        for (index, testCase) in cases.enumerated() where failures.count < 8 {
            let line = index < lines.count ? lines[index] : "(no output)"
            guard let data = line.data(using: .utf8), let reencoded = try? JSONValue(parsing: data) else {
                failures.append("\(testCase.type) \(testCase.payload.abbreviatedDescription): \(line)")
                continue
            }
            if RoundTrip.normalized(reencoded) != RoundTrip.normalized(testCase.payload) {
                failures.append("\(testCase.type)\n  in:  \(testCase.payload)\n  out: \(line)")
            }
        }
        #expect(failures.isEmpty, "\(file): \(failures.joined(separator: "\n"))")
    }

    private static func unionDeclarations(_ declaration: TypeDeclaration) -> [TypeDeclaration] {
        let nested = declaration.nestedTypes.flatMap(unionDeclarations)
        if case .union = declaration.kind { return [declaration] + nested }
        return nested
    }

    /// An example's top-level members that no alternative declares or stores (PayPal's `error_503` example has
    /// an `information_link` its open schema does not declare): any generated struct leaves them out, so they
    /// say nothing about the union.
    private static func withoutMembersNoAlternativeStores(_ example: JSONValue, _ declaration: TypeDeclaration) -> JSONValue {
        guard case .union(let union) = declaration.kind, case .object(let members) = example,
              !union.cases.contains(where: { $0.payloadShape.otherMembers == .kept }) else { return example }
        let declared = Set(union.cases.flatMap(\.payloadShape.members))
        return .object(members.filter { declared.contains($0.key) })
    }

    /// Alternatives that declare `properties` without a `type` (PayPal's error details) are typed as objects,
    /// as swift-openapi-generator types them; the numbers and arrays such a schema also accepts are not
    /// payloads a provider sends, and no generated struct decodes them.
    private static func isObjectIfEveryAlternativeIs(_ candidate: JSONValue, _ declaration: TypeDeclaration) -> Bool {
        guard case .union(let union) = declaration.kind, union.cases.allSatisfy({ $0.payloadShape.kinds == [.object] }) else { return true }
        return candidate.objectValue != nil
    }

    /// Drops the `unexpectedMember`s the instance generator adds to exercise validators.
    private static func declaredMembersOnly(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): .object(members.filter { $0.key != "unexpectedMember" }.mapValues(declaredMembersOnly))
        case .array(let elements): .array(elements.map(declaredMembersOnly))
        default: value
        }
    }

    private static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
        var current = document
        for token in pointer.split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = current[key] ?? Int(key).flatMap({ current[$0] }) else { return nil }
            current = next
        }
        return current
    }

    /// Compiles the files declaring the unions and every type they reach, with a program that prints each
    /// case's payload decoded and encoded again (or the error), one line per case.
    private static func compileAndRun(
        model: APIModel, unions: [String], cases: [(type: String, payload: JSONValue)], build: BuildProducts, module: String
    ) throws -> String {
        let files = try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "corpus")
        var typeFiles = Dictionary(uniqueKeysWithValues: files.filter { !$0.path.contains("/") }.map { ($0.path, $0.contents) })
        // The validator namespace without its table of every component's validator.
        typeFiles["SchemaValidators.swift"] = typeFiles["SchemaValidators.swift"].map(withoutComponentTable)
        let topLevelNames = Set(model.types.map(\.name))
        // A validator may call another type's (`SchemaValidators.businessName` for an `allOf` part), which no type
        // name in the text leads to: map each validator function to its file.
        var validatorFiles: [String: String] = [:]
        for (path, text) in typeFiles {
            for name in validatorFunctions(in: text) { validatorFiles[name] = String(path.dropLast(".swift".count)) }
        }
        var selected: Set<String> = []
        var pending = unions.map { String($0.split(separator: ".")[0]) } + ["SchemaValidators"]
        while let name = pending.popLast() {
            guard selected.insert(name).inserted, let text = typeFiles[name + ".swift"] else { continue }
            pending += identifiers(in: text).filter { topLevelNames.contains($0) && !selected.contains($0) }
            pending += calledValidators(in: text).compactMap { validatorFiles[$0] }.filter { !selected.contains($0) }
        }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-\(module)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var sources: [String] = []
        for name in selected.sorted() {
            guard let text = typeFiles[name + ".swift"] else { continue }
            let url = scratch.appendingPathComponent(name + ".swift")
            try Data(text.utf8).write(to: url)
            sources.append(url.path)
        }
        let payloads = scratch.appendingPathComponent("cases.json")
        try JSONEncoder().encode(cases.map { JSONValue.object(["type": .string($0.type), "payload": $0.payload]) }).write(to: payloads)
        let main = scratch.appendingPathComponent("main.swift")
        try Data(program(unions: Array(Set(unions)).sorted(), payloads: payloads.path).utf8).write(to: main)

        let executable = scratch.appendingPathComponent(module).path
        let compile = try runProcess("/usr/bin/env", ["swiftc", "-swift-version", "6", "-module-name", module, "-o", executable, "-I", build.modules]
                                     + sources + [main.path] + build.validationObjects)
        try #require(compile.status == 0, "generated code does not compile:\n\(compile.output.prefix(4_000))")
        let run = try runProcess(executable, [])
        try #require(run.status == 0, "\(run.output.suffix(2_000))")
        return run.output
    }

    private static func withoutComponentTable(_ text: String) -> String {
        guard let start = text.range(of: "extension ComponentSchemas {"),
              let end = text.range(of: "\n}\n", range: start.upperBound..<text.endIndex) else { return text }
        return String(text[..<start.lowerBound] + text[end.upperBound...])
    }

    /// `static func name(_ value: JSONValue` declarations.
    private static func validatorFunctions(in text: String) -> [String] {
        text.components(separatedBy: "static func ").dropFirst().compactMap { rest in
            guard let open = rest.firstIndex(of: "("), rest[open...].hasPrefix("(_ value: JSONValue") else { return nil }
            return String(rest[..<open])
        }
    }

    /// `SchemaValidators.name` references.
    private static func calledValidators(in text: String) -> [String] {
        text.components(separatedBy: "SchemaValidators.").dropFirst().map { rest in
            String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        }
    }

    private static func identifiers(in text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init).filter { $0.first?.isUppercase == true }
    }

    private static func program(unions: [String], payloads: String) -> String {
        """
        import Foundation
        import SpecwrightValidation

        func roundTrip<Value: Codable>(_ type: Value.Type, _ payload: JSONValue) -> String {
            do {
                let value = try JSONDecoder().decode(type, from: try JSONEncoder().encode(payload))
                return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            } catch {
                return "error: \\(String(describing: error).replacingOccurrences(of: "\\n", with: " "))"
            }
        }

        let roundTrips: [String: (JSONValue) -> String] = [
        \(unions.map { "    \"\($0)\": { roundTrip(\($0).self, $0) }," }.joined(separator: "\n"))
        ]
        let cases = try JSONDecoder().decode([JSONValue].self, from: Data(contentsOf: URL(fileURLWithPath: "\(payloads)")))
        for testCase in cases {
            print(roundTrips[testCase["type"]!.stringValue!]!(testCase["payload"]!))
        }
        """
    }
}
