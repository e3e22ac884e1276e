import SpecwrightModel

extension SchemaPair {
    /// Whether a property travels in this direction: `readOnly` ones are never sent in a request,
    /// `writeOnly` ones never come back in a response.
    func travels(_ property: Schema?, in side: DiffSide) -> Bool {
        guard let property else { return true }
        let resolved = side.resolve(property)
        switch direction {
        case .request: return !(property.isReadOnly || resolved.isReadOnly)
        case .response: return !(property.isWriteOnly || resolved.isWriteOnly)
        }
    }

    /// Where a property is written, or the schema's `properties` / the schema when it has none of its own.
    func oldLocation(ofProperty name: String) -> ChangeLocation {
        oldShape.properties[name].map { oldSide.location(of: $0) } ?? oldLocation("properties")
    }

    func newLocation(ofProperty name: String) -> ChangeLocation {
        newShape.properties[name].map { newSide.location(of: $0) } ?? newLocation("properties")
    }
}
