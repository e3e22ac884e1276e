import Foundation
import SpecwrightDiff
import SpecwrightTestSupport
import Testing

/// The largest corpus spec against a later version the test makes by editing a copy.
@Suite struct CorpusDiffTests {
    @Test func stripeAgainstAnEditedCopy() throws {
        guard let url = try TestPaths.shared("corpus/stripe_spec3_2022-04.json") else { return }
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var paths = try #require(document["paths"] as? [String: Any])

        // Remove an operation.
        var customer = try #require(paths["/v1/customers/{customer}"] as? [String: Any])
        customer["delete"] = nil
        paths["/v1/customers/{customer}"] = customer

        // Add a required property to a request body, and narrow one of its enums.
        var create = try #require(paths["/v1/customers"] as? [String: Any])
        var post = try #require(create["post"] as? [String: Any])
        var requestBody = try #require(post["requestBody"] as? [String: Any])
        var content = try #require(requestBody["content"] as? [String: Any])
        var form = try #require(content["application/x-www-form-urlencoded"] as? [String: Any])
        var schema = try #require(form["schema"] as? [String: Any])
        var properties = try #require(schema["properties"] as? [String: Any])
        properties["tax_region"] = ["type": "string", "maxLength": 5000]
        var taxExempt = try #require(properties["tax_exempt"] as? [String: Any])
        taxExempt["enum"] = ["", "exempt", "none"]
        properties["tax_exempt"] = taxExempt
        schema["properties"] = properties
        schema["required"] = ["tax_region"]
        form["schema"] = schema
        content["application/x-www-form-urlencoded"] = form
        requestBody["content"] = content
        post["requestBody"] = requestBody
        create["post"] = post
        paths["/v1/customers"] = create
        document["paths"] = paths

        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-stripe-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: copy) }
        try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]).write(to: copy)

        let changes = SpecDiffer.compare(try DiffSide.load(fileAt: url.path), try DiffSide.load(fileAt: copy.path))
        let summaries = Set(changes.map(\.summary))
        let body = "body (`application/x-www-form-urlencoded`) of `POST /v1/customers`"
        let expected: Set<String> = [
            "operation-removed breaking: operation `DELETE /v1/customers/{customer}` (operationId `DeleteCustomersCustomer`) was removed",
            "swift-method-removed breaking: `DeleteCustomersCustomer` (`DELETE /v1/customers/{customer}`) is no longer generated",
            "new-required-property breaking: request \(body): required property `tax_region` was added",
            "enum-value-removed breaking: request `tax_exempt` of \(body): enum value `\"reverse\"` was removed",
        ]
        #expect(expected.isSubset(of: summaries), "missing: \(expected.subtracting(summaries).sorted())")
        // Nothing else on the wire: the copy differs in key order and these three edits only.
        let wire = changes.filter { $0.area == .wire }.map(\.summary)
        #expect(Set(wire) == expected.filter { !$0.hasPrefix("swift-") }, "unexpected: \(Set(wire).subtracting(expected).sorted())")
        for change in changes {
            #expect(change.old.file == url.path && change.new.file == copy.path)
        }
    }
}
