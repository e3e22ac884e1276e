/// The files `generator init` writes: every key, commented, with its default.
enum StarterConfiguration {
    /// The keys every provider (and a plugin's specwright.yaml) may set, indented by `indent`.
    private static func generationKeys(indent: String) -> String {
        """
        # Access level of every generated declaration: public (default), package or internal.
        accessModifier: public
        # Modules every generated file imports besides Foundation and SpecwrightValidation.
        additionalImports: []
        # Swift names instead of the ones derived from the spec.
        # nameOverrides:
        #   schemas:
        #     CustomerDTO: Customer          # component schema key: Swift type name
        #   operations:
        #     post_customers: CreateCustomer # operationId: Swift name
        # Keep only the operations a service uses, and the schemas they reach (any match keeps an operation).
        # filter:
        #   tags: [Customers]
        #   paths: [/customers/{customerId}]
        #   operationIds: [getCustomer]
        # What to write: any of types, validators, client (validators and client need types).
        emit: [types, validators, client]
        # Make generated types Hashable as well as Equatable (default false: Hashable costs compile time).
        hashable: false
        """.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }.joined(separator: "\n")
    }

    static let project = """
        # Specwright: the specs this project generates Swift for. Paths are relative to this file.
        # `swift run generator generate` (or `swift package --allow-writing-to-package-directory generate-code`)
        # regenerates every provider's folder; commit the result.

        # A folder of .mustache templates that override the default ones (optional).
        # templates: Templates
        # Folders besides this one that the specs' $refs may read (optional).
        # allowRefsOutside: [../schemas]

        providers:
          - name: Acme
            spec: specs/acme.yaml
            # The folder written (replaced as a whole); default Generated/<name>.
            output: Generated/Acme
            # The Swift module the folder compiles as (a target in Package.swift); default <name>.
            module: Acme
        \(generationKeys(indent: "    "))

        """

    static let plugin = """
        # Specwright build-tool plugin: this target's Swift is generated from openapi.yaml (or openapi.json)
        # in this folder on every build, into Types.swift, Validators.swift and Client.swift.
        \(generationKeys(indent: ""))

        """
}
