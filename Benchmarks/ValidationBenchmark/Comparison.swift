import Foundation
import SpecwrightJSONSchema
import SpecwrightValidation

/// `ValidationBenchmark compare SCHEMA INSTANCES [SECONDS]`: the dynamic validator's side of
/// `scripts/benchmark-validator.sh`, which runs jsonschema-rs on the same files in the same run.
///
/// INSTANCES is a JSON array, parsed once before timing. Each round checks every instance with `isValid`
/// (formats asserted); the figure is the fastest round's instances per CPU second of this thread, as
/// `jsonschema_rs_rate.py` reports. Prints `valid=<count> rate=<per second> issues_rate=<per second>`, the
/// last for `validate` (every issue collected).
func runComparison(_ arguments: [String]) -> Int32 {
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: ValidationBenchmark compare SCHEMA INSTANCES [SECONDS]\n".utf8))
        return 2
    }
    let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 2 : 2
    let validator: JSONSchemaValidator
    let instances: [JSONValue]
    do {
        validator = try JSONSchemaValidator(schemaData: try readFile(arguments[0]), options: .init(assertFormats: true))
        guard case .array(let parsed) = try JSONValue(parsing: try readFile(arguments[1])) else {
            FileHandle.standardError.write(Data("\(arguments[1]): expected a JSON array of instances\n".utf8))
            return 2
        }
        instances = parsed
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return 2
    }
    let valid = instances.reduce(0) { $0 + (validator.isValid($1) ? 1 : 0) }
    // The two modes must agree before either figure means anything.
    let validByIssues = instances.reduce(0) { $0 + (validator.validate($1).isEmpty ? 1 : 0) }
    guard valid == validByIssues else {
        FileHandle.standardError.write(Data("isValid accepts \(valid) instances, validate \(validByIssues)\n".utf8))
        return 1
    }
    let verdicts = bestRate(instances.count, seconds: seconds) { instances.reduce(0) { $0 + (validator.isValid($1) ? 1 : 0) } }
    let issues = bestRate(instances.count, seconds: seconds / 2) { instances.reduce(0) { $0 + validator.validate($1).count } }
    print("valid=\(valid) rate=\(Int(verdicts)) issues_rate=\(Int(issues))")
    return 0
}

private func readFile(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    return data
}

/// Instances per CPU second of the fastest round, after at least `seconds` of rounds (and three rounds).
private func bestRate(_ count: Int, seconds: Double, _ round: () -> Int) -> Double {
    var checksum = round()  // warm up
    var best = Double.infinity
    var spent = 0.0
    var rounds = 0
    while spent < seconds || rounds < 3 {
        let start = threadCPUTime()
        checksum &+= round()
        let elapsed = threadCPUTime() - start
        best = min(best, elapsed)
        spent += elapsed
        rounds += 1
    }
    if checksum == .min { print("") }  // keeps the rounds from being optimized away
    return Double(count) / best
}
