// The generated validators of Aquanow's `CreateCustomerRequest` (17 properties, formats, three
// required-if rules): `validate()` on values built in code, and `validated(from: Data)` end to end next to
// a plain `JSONDecoder` decode of the same bytes into the same type. One thread, CPU time.
//
//     swift run -c release GeneratedValidationBenchmark
import Aquanow
import Foundation
import SpecwrightValidation

/// CPU time of this thread: unlike wall time, it does not count time other processes take from the core.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` for about `seconds` of CPU time after a warm-up; returns runs per CPU second.
func rate(seconds: Double = 1.5, _ body: () throws -> Int) rethrows -> Double {
    var checksum = 0
    for _ in 0..<500 { checksum &+= try body() }
    var runs = 0
    let start = threadCPUTime()
    repeat {
        for _ in 0..<200 { checksum &+= try body() }
        runs += 200
    } while threadCPUTime() - start < seconds
    precondition(checksum != Int.min)
    return Double(runs) / (threadCPUTime() - start)
}

func grouped(_ perSecond: Double) -> String {
    var digits = String(Int(perSecond.rounded()))
    var index = digits.count - 3
    while index > 0 {
        digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
        index -= 3
    }
    return digits
}

let payloads: [Data] = [
    #"{"referenceId":"crm-000451","fullName":"Jane Tremblay","nationality":"CA","placeOfBirth":"Montreal, Canada","dateOfBirth":"1987-03-14","sanctionsScreeningCompleted":"YES","sanctionsScreeningCompletedAt":"2024-09-10T22:26:49.739Z","pepScreeningCompleted":"NO","livenessCheckCompleted":"NO"}"#,
    #"{"referenceId":"crm-000452","fullName":"Luc Gagnon","nationality":"Canada","address":{"streetNumber":"1","streetName":"Rue Sainte-Catherine","city":"Montreal","country":"CA"},"placeOfBirth":"Quebec City, Canada","dateOfBirth":"1979-11-02","employerName":"Aquanow","sanctionsScreeningCompleted":"YES","sanctionsScreeningCompletedAt":"2024-09-10T22:26:49Z","pepScreeningCompleted":"YES","pepScreeningCompletedAt":"2024-09-10T22:30:00Z","livenessCheckCompleted":"YES","livenessCheckCompletedAt":"2024-09-11T08:00:00+02:00","isPEP":"NO","isSanctioned":"NO"}"#,
].map { Data($0.utf8) }

let decoder = JSONDecoder()
let values = try payloads.map { try CreateCustomerRequest.validated(from: $0) }
for value in values where !value.validationIssues().isEmpty {
    fatalError("benchmark value is invalid: \(value.validationIssues())")
}
let trees = try payloads.map { try JSONValue(parsing: $0) }

print("Aquanow CreateCustomerRequest, \(payloads.map(\.count).map(String.init).joined(separator: " and ")) bytes; one thread, per CPU second")
let typed = rate { values.reduce(0) { $0 + $1.validationIssues().count } * 0 + values.count }
print("validate() on values built in code:           \(grouped(typed)) values/s")
let tree = rate { trees.reduce(0) { $0 + CreateCustomerRequest.validationIssues(of: $1).count } * 0 + trees.count }
print("validationIssues(of: JSONValue) (the check):  \(grouped(tree)) values/s")
let endToEnd = try rate { try payloads.reduce(0) { count, data in _ = try CreateCustomerRequest.validated(from: data); return count + 1 } }
print("validated(from: Data), parse + check + decode: \(grouped(endToEnd)) payloads/s")
let plain = try rate { try payloads.reduce(0) { count, data in _ = try decoder.decode(CreateCustomerRequest.self, from: data); return count + 1 } }
print("JSONDecoder().decode, no validation:          \(grouped(plain)) payloads/s")
print(String(format: "validated(from:) takes %.2f× the time of JSONDecoder alone", plain / endToEnd))
