import Foundation

/// A balanced binary tree of `RightNode`s `depth` levels deep, as JSON text.
func tree(depth: Int) -> String {
    depth == 0 ? #"{"children":[],"right":"leaf"}"# : #"{"children":["# + tree(depth: depth - 1) + "," + tree(depth: depth - 1) + #"],"right":"node"}"#
}

let depth = Int(CommandLine.arguments.dropFirst().first ?? "14") ?? 14
let payload = Data(tree(depth: depth).utf8)
let clock = ContinuousClock()
let start = clock.now
let decoded = try JSONDecoder().decode(Tree.self, from: payload)
let elapsed = clock.now - start
let encoded = try JSONEncoder().encode(decoded)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "depth %2d  %9d bytes  %8.3f s  round trip %@", depth, payload.count, seconds,
             encoded.count == payload.count ? "whole" : "LOST \(payload.count - encoded.count) bytes"))
