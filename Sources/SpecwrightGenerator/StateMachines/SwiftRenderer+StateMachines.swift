import SpecwrightModel

extension SwiftRenderer {
    /// One file per `x-state-machine` lifecycle, named after its type (`ClientLifecycle.swift`).
    func stateMachineFiles(_ model: APIModel, specLabel: String, usedFileNames: inout Set<String>) throws -> [GeneratedFile] {
        try model.stateMachines.map { machine in
            let context = StateMachineContext(machine, in: model).make(specLabel: specLabel)
            return GeneratedFile(
                path: fileName(for: machine.lifecycleTypeName, used: &usedFileNames),
                contents: Self.tidy(try templates.render(context, template: "state-machine"))
            )
        }
    }
}
