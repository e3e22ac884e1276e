import Testing

@testable import SpecwrightClient

@Suite struct PageSequenceTests {
    struct Page: Sendable {
        var items: [Int]
        var next: String?
    }

    @Test func followsCursorsUntilTheLastPage() async throws {
        let pages = ["": Page(items: [1, 2], next: "b"), "b": Page(items: [3], next: "c"), "c": Page(items: [], next: "d")]
        let sequence = PageSequence(first: "") { cursor in
            let page = pages[cursor]!
            return (page, PageContinuation.nextCursor(page.next, after: cursor, itemCount: page.items.count))
        }
        var fetched: [[Int]] = []
        for try await page in sequence { fetched.append(page.items) }
        #expect(fetched == [[1, 2], [3], []])
        var items: [Int] = []
        for try await item in sequence.items({ $0.items }) { items.append(item) }
        #expect(items == [1, 2, 3])
    }

    @Test func aCursorThatDoesNotMoveEndsTheSequence() {
        #expect(PageContinuation.nextCursor("a", after: "a", itemCount: 5) == nil)
        #expect(PageContinuation.nextCursor("", after: "a", itemCount: 5) == nil)
        #expect(PageContinuation.nextCursor(nil, after: "a", itemCount: 5) == nil)
        #expect(PageContinuation.nextCursor("b", after: "a", itemCount: 0) == nil)
        #expect(PageContinuation.nextCursor("b", after: nil, itemCount: 1) == "b")
    }

    @Test func offsetsStopAtTheTotalOrAShortPage() {
        #expect(PageContinuation.nextOffset(current: 0, itemCount: 100, limit: 100, total: 250) == 100)
        #expect(PageContinuation.nextOffset(current: 200, itemCount: 50, limit: 100, total: 250) == nil)
        #expect(PageContinuation.nextOffset(current: 100, itemCount: 100, limit: 100, total: 200) == nil)
        #expect(PageContinuation.nextOffset(current: 0, itemCount: 10, limit: nil, total: nil) == 10)
        #expect(PageContinuation.nextOffset(current: 10, itemCount: 0, limit: nil, total: nil) == nil)
    }
}
