using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// The hash of a link: lowercase hex SHA-256 over the previous link's hash (64 hex characters; <see cref="Genesis"/>
/// before the first link) followed by the entry's fields, each as a netstring <c>&lt;UTF-8 byte count&gt;:&lt;bytes&gt;,</c>
/// in this order: Id (decimal), At (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, UTC), Actor, Channel, Entity, EntityId,
/// Action, Before, After. A null Before or After is the single byte <c>~</c>, which no netstring starts with. The
/// length prefixes make the encoding unambiguous, so anyone holding the entries can recompute the chain.
/// </summary>
internal sealed class AuditChainHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly ArrayBufferWriter<byte> buffer = new(4096);

    /// <summary>Not thread-safe: one instance per sealing or verifying run.</summary>
    public string Of(string previousHash, AuditEntry entry)
    {
        buffer.ResetWrittenCount();
        Encoding.ASCII.GetBytes(previousHash, buffer);
        Field(entry.Id.ToString(CultureInfo.InvariantCulture));
        Field(DateTime.SpecifyKind(entry.At, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Field(entry.Actor);
        Field(entry.Channel);
        Field(entry.Entity);
        Field(entry.EntityId);
        Field(entry.Action);
        Field(entry.Before);
        Field(entry.After);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private void Field(string? value)
    {
        if (value is null)
        {
            Encoding.ASCII.GetBytes("~", buffer);
            return;
        }
        Encoding.ASCII.GetBytes(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":", buffer);
        Encoding.UTF8.GetBytes(value, buffer);
        Encoding.ASCII.GetBytes(",", buffer);
    }
}
