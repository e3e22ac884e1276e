/// A Stellar account ID ("G address", SEP-0023 strkey): `G` followed by 55 base32 characters.
///
/// The 56 characters are the RFC 4648 base32 encoding (uppercase, no padding) of 35 bytes: the version
/// byte `6 << 3` (which encodes as the leading `G`), a 32-byte ed25519 public key, and a CRC16-XModem
/// checksum of the first 33 bytes, least significant byte first. Muxed accounts (`M...`), secret seeds
/// (`S...`) and other strkeys are not account IDs.
public struct StellarAccountID: Hashable, Sendable, CustomStringConvertible {
    /// The 56-character strkey.
    public let rawValue: String

    /// Validates `string`.
    public init(_ string: String) throws(StellarAccountID.ValidationError) {
        if let error = Self.validate(string) { throw error }
        rawValue = string
    }

    /// Why `string` is not a Stellar account ID, or `nil` when it is. Does not allocate.
    public static func validate(_ string: String) -> StellarAccountID.ValidationError? {
        string.withUTF8Bytes(validate)
    }

    private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> StellarAccountID.ValidationError? {
        let length = bytes.count
        guard length == encodedLength else { return .wrongLength(length) }
        // Decode the 280 bits into 35 bytes, 5 bits at a time, computing the checksum on the way.
        var crc: UInt16 = 0
        var bits: UInt32 = 0
        var bitCount = 0
        var decodedCount = 0
        var version: UInt8 = 0
        var checksum: UInt16 = 0
        let crcTable = Self.crcTable
        for (offset, byte) in bytes.enumerated() {
            let value: UInt8
            if byte &- UInt8(ascii: "A") < 26 {
                value = byte - UInt8(ascii: "A")
            } else if byte &- UInt8(ascii: "2") < 6 {
                value = byte - UInt8(ascii: "2") + 26
            } else {
                return .invalidCharacter(offset: offset)
            }
            bits = bits << 5 | UInt32(value)
            bitCount += 5
            if bitCount >= 8 {
                bitCount -= 8
                let decoded = UInt8(truncatingIfNeeded: bits >> UInt32(bitCount))
                switch decodedCount {
                case 0..<33:
                    if decodedCount == 0 { version = decoded }
                    crc = crc << 8 ^ crcTable[Int(UInt8(truncatingIfNeeded: crc >> 8) ^ decoded)]
                case 33: checksum = UInt16(decoded)
                default: checksum |= UInt16(decoded) << 8
                }
                decodedCount += 1
            }
        }
        guard version == accountIDVersionByte else { return .versionByte }
        guard checksum == crc else { return .checksum }
        return nil
    }

    public var description: String { rawValue }

    private static let encodedLength = 56
    /// `6 << 3`: the strkey version of an ed25519 public key (account ID).
    private static let accountIDVersionByte: UInt8 = 6 << 3

    /// CRC-16/XMODEM (polynomial 0x1021, initial value 0, no reflection) of each byte value, so that the
    /// checksum takes one look-up per byte instead of eight shifts.
    private static let crcTable: [UInt16] = (0..<256).map { (byte: Int) -> UInt16 in
        var crc = UInt16(byte) << 8
        for _ in 0..<8 { crc = crc & 0x8000 != 0 ? crc << 1 ^ 0x1021 : crc << 1 }
        return crc
    }
}

extension StellarAccountID: Codable {
    /// Decodes an account ID from a string; an invalid one is a `DecodingError`.
    public init(from decoder: any Decoder) throws {
        self = try DomainValueCoding.decode(from: decoder) { string throws(ValidationError) in try Self(string) }
    }

    public func encode(to encoder: any Encoder) throws {
        try DomainValueCoding.encode(rawValue, to: encoder)
    }
}

extension StellarAccountID {
    /// Why a string is not a Stellar account ID. Each case has a stable ``code`` and a ``message``.
    public enum ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not 56 characters (the count given is of UTF-8 bytes).
        case wrongLength(Int)
        /// The byte at `offset` is not in the base32 alphabet `A`-`Z`, `2`-`7` (lowercase is invalid).
        case invalidCharacter(offset: Int)
        /// Valid base32 of the right length, but not an account ID: it does not start with `G`.
        case versionByte
        /// The CRC16-XModem checksum does not match: a typo or a made-up ID.
        case checksum

        /// A stable, machine-readable code: `stellar.length`, `stellar.invalidCharacters`,
        /// `stellar.versionByte` or `stellar.checksum`.
        public var code: ValidationIssue.Code {
            switch self {
            case .wrongLength: "stellar.length"
            case .invalidCharacter: "stellar.invalidCharacters"
            case .versionByte: "stellar.versionByte"
            case .checksum: "stellar.checksum"
            }
        }

        /// A sentence for people; wording may change between releases, ``code`` does not.
        public var message: String {
            switch self {
            case .wrongLength(let count):
                "Stellar account ID must have 56 characters, not \(count)"
            case .invalidCharacter(let offset):
                "Stellar account ID character \(offset + 1) is not base32 (A-Z, 2-7)"
            case .versionByte:
                "Stellar account ID must start with G (this is another kind of Stellar key)"
            case .checksum:
                "Stellar account ID checksum is wrong"
            }
        }

        public var description: String { "\(message) [\(code)]" }
    }
}
