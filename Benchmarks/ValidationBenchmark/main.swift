// Validations per second of the dynamic JSON Schema validator on the onboarding benchmark, next to the
// cost of parsing the payloads and of decoding them with JSONDecoder into a hand-written Codable type.
//
//     swift run -c release ValidationBenchmark [SHARED_BENCH_DIR]     (default: ../shared/bench)
//
// The directory holds onboarding.schema.json (draft-07) and onboarding.instances.json
// ({"valid": [...], "invalid": [...]}, each invalid instance explaining itself in "_why").
//
//     swift run -c release ValidationBenchmark compare SCHEMA INSTANCES [SECONDS]
//
// is the in-process side of scripts/benchmark-validator.sh (see Comparison.swift).
import Foundation
import SpecwrightJSONSchema
import SpecwrightValidation

if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "compare" {
    exit(runComparison(Array(CommandLine.arguments.dropFirst(2))))
}

let directory = URL(
    fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "../shared/bench",
    relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))

func load(_ name: String) -> Data {
    let url = directory.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
        FileHandle.standardError.write(Data("cannot read \(url.path); pass the bench directory as the first argument\n".utf8))
        exit(2)
    }
    return data
}

/// CPU time of this thread: unlike wall time, it does not count time other processes take from the core.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func wallTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` repeatedly for about `seconds` of CPU time; returns runs per second of wall time and of CPU time.
func rate(seconds: Double = 1.5, _ body: () -> Int) -> (wall: Double, cpu: Double, checksum: Int) {
    var checksum = 0
    for _ in 0..<200 { checksum &+= body() }  // warm up
    var runs = 0
    let wallStart = wallTime()
    let cpuStart = threadCPUTime()
    repeat {
        for _ in 0..<100 { checksum &+= body() }
        runs += 100
    } while threadCPUTime() - cpuStart < seconds
    let cpu = threadCPUTime() - cpuStart
    let wall = wallTime() - wallStart
    return (Double(runs) / wall, Double(runs) / cpu, checksum)
}

func format(_ perSecond: Double) -> String {
    let rounded = Int(perSecond.rounded())
    var digits = String(rounded)
    var index = digits.count - 3
    while index > 0 {
        digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
        index -= 3
    }
    return digits.count < 12 ? String(repeating: " ", count: 12 - digits.count) + digits : digits
}

// MARK: Inputs

let schemaData = load("onboarding.schema.json")
let instancesDocument: JSONValue
do {
    instancesDocument = try JSONValue(parsing: load("onboarding.instances.json"))
} catch {
    print("onboarding.instances.json: \(error)")
    exit(2)
}
func payloads(_ key: String) -> [JSONValue] {
    (instancesDocument[key]?.arrayValue ?? []).map { instance in
        guard case .object(var members) = instance else { return instance }
        members["_why"] = nil
        return .object(members)
    }
}
let valid = payloads("valid")
let invalid = payloads("invalid")
let validTexts = valid.map { Array($0.description.utf8) }
let invalidTexts = invalid.map { Array($0.description.utf8) }

let compileStart = ContinuousClock.now
let validator: JSONSchemaValidator
do {
    validator = try JSONSchemaValidator(schemaData: schemaData, options: .init(assertFormats: true))
} catch {
    print("onboarding.schema.json: \(error)")
    exit(2)
}
let compileTime = ContinuousClock.now - compileStart

// Sanity: the verdicts must be right before any figure means something.
for instance in valid where !validator.isValid(instance) || !validator.validate(instance).isEmpty {
    print("error: a valid instance is reported invalid: \(validator.validate(instance))")
    exit(1)
}
for instance in invalid where validator.isValid(instance) || validator.validate(instance).isEmpty {
    print("error: an invalid instance is reported valid: \(instance)")
    exit(1)
}

// MARK: Hand-written Codable model for the JSONDecoder comparison

struct OnboardingRequest: Codable {
    struct Address: Codable {
        var line1: String
        var line2: String?
        var city: String
        var postalCode: String
        var country: String
    }
    struct Consent: Codable {
        var kind: String
        var grantedAt: String
    }
    var customerId: String
    var customerType: String
    var firstName: String
    var lastName: String
    var email: String
    var phone: String?
    var dateOfBirth: String
    var nationality: String
    var taxId: String?
    var iban: String
    var bic: String?
    var currency: String
    var annualIncome: Double?
    var submittedAt: String
    var companyName: String?
    var registrationNumber: String?
    var politicallyExposed: Bool?
    var address: Address
    var consents: [Consent]
}

// MARK: Measurements

let validData = validTexts.map { Data($0) }
let decoder = JSONDecoder()
let averageBytes = validTexts.map(\.count).reduce(0, +) / max(validTexts.count, 1)

print("Onboarding benchmark (\(directory.path)): \(valid.count) valid, \(invalid.count) invalid instances, ~\(averageBytes) bytes each")
print("schema compiled in \(compileTime.formatted(.units(allowed: [.milliseconds, .microseconds], width: .abbreviated)))")
print("instances per second on one thread, formats asserted; wall clock, and CPU time of the thread")
print("(the two differ when other processes share the cores)")
print("")
print("       wall/s        cpu/s")

let measurements: [(String, () -> Int)] = [
    ("validate isValid, valid instances", { valid.reduce(0) { $0 + (validator.isValid($1) ? 1 : 0) } }),
    ("validate isValid, invalid instances", { invalid.reduce(0) { $0 + (validator.isValid($1) ? 1 : 0) } }),
    ("validate all issues, valid instances", { valid.reduce(0) { $0 + validator.validate($1).count } }),
    ("validate all issues, invalid instances", { invalid.reduce(0) { $0 + validator.validate($1).count } }),
    ("parse JSONValue, valid payloads", { validTexts.reduce(0) { $0 + ((try? JSONValue(parsing: $1)) == nil ? 0 : 1) } }),
    ("parse + isValid, valid payloads", {
        validTexts.reduce(0) { $0 + ((try? JSONValue(parsing: $1)).map(validator.isValid) == true ? 1 : 0) }
    }),
    ("JSONDecoder into Codable struct, valid payloads", {
        validData.reduce(0) { $0 + ((try? decoder.decode(OnboardingRequest.self, from: $1)) == nil ? 0 : 1) }
    }),
]
let counts = ["valid": valid.count, "invalid": invalid.count]
for (name, body) in measurements {
    let batch = name.contains("invalid") ? counts["invalid"]! : counts["valid"]!
    let measured = rate(body)
    print("\(format(measured.wall * Double(batch)))  \(format(measured.cpu * Double(batch)))  \(name)")
}
