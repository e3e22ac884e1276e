/// The pages of a paginated operation, fetched one at a time as they are iterated; stops after the last.
///
/// `fetch` sends one request and returns its page and the input of the next request, or `nil` when the
/// page is the last. The generated `<operation>Pages(...)` methods supply it for each paginated operation.
public struct PageSequence<Input: Sendable, Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    let first: Input
    let fetch: @Sendable (Input) async throws -> (page: Page, next: Input?)

    public init(first: Input, fetch: @escaping @Sendable (Input) async throws -> (page: Page, next: Input?)) {
        self.first = first
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(next: first, fetch: fetch)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var next: Input?
        let fetch: @Sendable (Input) async throws -> (page: Page, next: Input?)

        public mutating func next() async throws -> Page? {
            guard let input = next else { return nil }
            let (page, following) = try await fetch(input)
            next = following
            return page
        }
    }

    /// The items of every page, in order.
    public func items<Item: Sendable>(_ extract: @escaping @Sendable (Page) -> [Item]) -> ItemSequence<Input, Page, Item> {
        ItemSequence(pages: self, extract: extract)
    }
}

/// The items of a `PageSequence`, page after page.
public struct ItemSequence<Input: Sendable, Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: PageSequence<Input, Page>
    let extract: @Sendable (Page) -> [Item]

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), extract: extract)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageSequence<Input, Page>.Iterator
        let extract: @Sendable (Page) -> [Item]
        var buffered: [Item] = []
        var position = 0

        public mutating func next() async throws -> Item? {
            while position == buffered.count {
                guard let page = try await pages.next() else { return nil }
                buffered = extract(page)
                position = 0
            }
            defer { position += 1 }
            return buffered[position]
        }
    }
}
