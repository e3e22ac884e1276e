import SpecwrightModel

extension SwiftRenderer {
    /// One file per `x-state-machine` lifecycle, named after its type (`ClientLifecycle.swift`).
    func stateMachineJobs(_ model: APIModel, header: [String: String]) -> [RenderJob] {
        model.stateMachines.map { machine in
            RenderJob(
                path: machine.lifecycleTypeName, category: .types, template: "state-machine",
                context: StateMachineContext(machine, in: model).make(header: header), templates: templates
            )
        }
    }
}
