/// The stopping rules shared by the pagination shapes, so that a sequence ends even when a server keeps
/// answering: no items, no next cursor, or a cursor that does not move.
public enum PageContinuation {
    /// Cursor shapes (`cursor`, `after`, `page_token`): the next cursor, or `nil` when the page is the last.
    public static func nextCursor(_ next: String?, after current: String?, itemCount: Int) -> String? {
        guard itemCount > 0, let next, !next.isEmpty, next != current else { return nil }
        return next
    }

    /// Offset shapes: the next offset, or `nil` when the page is the last (empty, short, or the total reached).
    public static func nextOffset(current: Int, itemCount: Int, limit: Int?, total: Int?) -> Int? {
        guard itemCount > 0 else { return nil }
        if let limit, itemCount < limit { return nil }
        let next = current + itemCount
        if let total, next >= total { return nil }
        return next
    }
}
