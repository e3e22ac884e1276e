/// What a pair of schemas describes, for messages: a place (`body (`application/json`) of `POST /items``, a
/// component `` `Customer` ``) and the members walked into from there.
struct SchemaSubject: Sendable, Hashable, CustomStringConvertible {
    /// Where the walk started, already formatted.
    let place: String
    /// The component's name when the place is a component schema (members then read `Customer.address`).
    let component: String?
    /// Property names, `[]` for array items, `*` for additional properties.
    let members: [String]
    /// Why the schema applies here (`then`, a variant), appended.
    let qualifier: String?

    static func place(_ place: String) -> SchemaSubject {
        SchemaSubject(place: place, component: nil, members: [], qualifier: nil)
    }

    static func component(_ name: String) -> SchemaSubject {
        SchemaSubject(place: "`\(name)`", component: name, members: [], qualifier: nil)
    }

    func member(_ name: String) -> SchemaSubject {
        SchemaSubject(place: place, component: component, members: members + [name], qualifier: qualifier)
    }

    func qualified(_ qualifier: String) -> SchemaSubject {
        SchemaSubject(place: place, component: component, members: members, qualifier: qualifier)
    }

    var description: String {
        let path = members.reduce("") { path, name in
            name.hasPrefix("[") || path.isEmpty ? path + name : path + "." + name
        }
        let base: String
        if members.isEmpty {
            base = place
        } else if let component {
            base = "`\(component)\(path.hasPrefix("[") ? "" : ".")\(path)`"
        } else {
            base = "`\(path)` of \(place)"
        }
        return qualifier.map { "\(base) (\($0))" } ?? base
    }
}
