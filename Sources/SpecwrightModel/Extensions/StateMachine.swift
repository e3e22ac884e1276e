import OrderedCollections
import SpecwrightReader

/// A lifecycle declared on an object schema with the `x-state-machine` vendor extension (format:
/// `Docs/x-state-machine.md`): the states a property of the object takes, and the commands that move it.
///
/// Only well-formed content reaches the model: the parser drops what it cannot use (an unknown state, a
/// command the API does not accept, a duplicate transition) with a located warning.
public struct StateMachine: Hashable, Sendable {
    /// What moves the object from one state to another.
    public enum Event: Hashable, Sendable {
        /// A request the client sends: a value of the discriminator of the spec's command union.
        case command(String)
        /// Something that happens on its own (`trigger` with `automatic: true`), e.g. a first transaction.
        case trigger(String)

        public var name: String {
            switch self {
            case .command(let name), .trigger(let name): name
            }
        }
    }

    public struct Transition: Hashable, Sendable {
        public var event: Event
        /// The documentation's name for the step, e.g. "Approve Client".
        public var action: String?
        /// The states the event may be applied in; empty for an event that creates the object.
        public var from: [String]
        public var to: String
        public var location: SourceLocation
    }

    /// The component schema the extension is on, e.g. `Client`.
    public var schemaName: String
    /// The Swift type of that schema.
    public var typeName: String
    /// The Swift type the generator declares for the lifecycle, e.g. `ClientLifecycle`.
    public var lifecycleTypeName: String
    /// The wire name of the property that holds the state, when the extension names one of the schema's.
    public var property: String?
    /// Every state, in the spec's order.
    public var states: [String]
    /// The state of a new object.
    public var initial: String?
    /// States no event leaves.
    public var terminal: [String]
    public var transitions: [Transition]
    /// What the documentation allows in each state (free text, for people), by state.
    public var allowedActions: OrderedDictionary<String, [String]>
    /// The component union whose discriminator values are the commands, when there is one.
    public var commandUnion: String?
    public var location: SourceLocation

    /// The commands, in the order of their first transition.
    public var commands: [String] {
        var result: OrderedSet<String> = []
        for transition in transitions {
            if case .command(let name) = transition.event { result.append(name) }
        }
        return Array(result)
    }

    /// The triggers of automatic transitions, in the order of their first transition.
    public var triggers: [String] {
        var result: OrderedSet<String> = []
        for transition in transitions {
            if case .trigger(let name) = transition.event { result.append(name) }
        }
        return Array(result)
    }
}
