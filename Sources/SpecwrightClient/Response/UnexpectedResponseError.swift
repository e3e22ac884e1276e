/// A response other than the one a convenience (a page sequence, a command call) continues with.
public struct UnexpectedResponseError<Output: Sendable>: Error, Sendable, CustomStringConvertible {
    public var operationID: String
    public var output: Output

    public init(operationID: String, output: Output) {
        self.operationID = operationID
        self.output = output
    }

    public var description: String { "\(operationID): unexpected response \(output)" }
}
