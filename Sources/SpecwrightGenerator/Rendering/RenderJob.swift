/// A file (or a type's file and its validators' file) still to be rendered: its context is built, the
/// template not yet run. Names are claimed in order before jobs exist, so jobs can run on any core in any
/// order; their files are put back in job order.
struct RenderJob: @unchecked Sendable {
    // `@unchecked`: contexts are `[String: Any]` of strings, booleans and arrays of them, never mutated once
    // the job is made.
    private let body: () throws -> [GeneratedFile]

    init(_ body: @escaping () throws -> [GeneratedFile]) {
        self.body = body
    }

    /// A job rendering one file through `template`, tidied.
    init(path: String, category: OutputCategory, template: String, context: [String: Any], templates: ConfiguredTemplates) {
        body = {
            [GeneratedFile(path: path, contents: SwiftRenderer.tidy(try templates.render(context, template: template)), category: category)]
        }
    }

    func run() throws -> [GeneratedFile] {
        try body()
    }

    /// Runs every job on all cores and hands the files on in job order, one call at a time, each as soon as
    /// the jobs before it are done.
    static func run(_ jobs: [RenderJob], into deliver: @Sendable (GeneratedFile) throws -> Void) throws {
        try ConcurrentDelivery.forEach(jobs, { try $0.run() }, deliver: { files in
            for file in files { try deliver(file) }
        })
    }
}
