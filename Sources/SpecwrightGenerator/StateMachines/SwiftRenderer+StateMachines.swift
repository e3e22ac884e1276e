import SpecwrightModel

extension SwiftRenderer {
    /// One file per `x-state-machine` lifecycle, named after its type (`ClientLifecycle.swift`).
    func stateMachineFiles(_ model: APIModel, header: [String: String]) throws -> [GeneratedFile] {
        try model.stateMachines.map { machine in
            let context = StateMachineContext(machine, in: model).make(header: header)
            return GeneratedFile(
                path: machine.lifecycleTypeName, contents: Self.tidy(try templates.render(context, template: "state-machine")),
                category: .types
            )
        }
    }
}
