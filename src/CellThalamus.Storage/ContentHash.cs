using System.Buffers.Binary;
using CellThalamus.Core.Identity;
using System.Text;

namespace CellThalamus.Storage;

/// <summary>
/// A hash of what a database says, independent of how SQLite laid it out in the file.
/// Encoding, fed to SHA-256: for each table in (schema_version, thalamus_designs, thalamus_results), the table
/// name and its column names (each as a text value), then every row in key order (version, design_id, result_id),
/// every column as a tagged value: 0x00 null; 0x01 + int64 little-endian; 0x02 + IEEE-754 binary64 bits
/// little-endian; 0x03 + uint32 little-endian byte length + UTF-8; 0x04 + uint32 length + bytes.
/// </summary>
public static class ContentHash
{
    public static readonly IReadOnlyList<(string Table, string OrderBy)> Tables =
        [("schema_version", "version"), (Schema.DesignsTable, "design_id"), (Schema.ResultsTable, "result_id")];

    public static string Compute(ResultsDatabase database)
    {
        var sha = new Sha256();
        var buffer = new List<byte>(1 << 16);
        foreach (var (table, orderBy) in Tables)
        {
            var columns = database.Columns(table);
            Append(buffer, table);
            foreach (var column in columns)
            {
                Append(buffer, column);
            }

            foreach (var row in database.Query($"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY {orderBy}"))
            {
                foreach (var value in row)
                {
                    Append(buffer, value);
                }

                if (buffer.Count > 1 << 15)
                {
                    sha.Append(buffer.ToArray());
                    buffer.Clear();
                }
            }
        }

        sha.Append(buffer.ToArray());
        return Convert.ToHexStringLower(sha.Finish());
    }

    public static string FileSha256(string path)
    {
        var sha = new Sha256();
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            sha.Append(buffer.AsSpan(0, read));
        }

        return Convert.ToHexStringLower(sha.Finish());
    }

    private static void Append(List<byte> buffer, object? value)
    {
        Span<byte> scratch = stackalloc byte[8];
        switch (value)
        {
            case null:
                buffer.Add(0x00);
                break;
            case long l:
                buffer.Add(0x01);
                BinaryPrimitives.WriteInt64LittleEndian(scratch, l);
                buffer.AddRange(scratch);
                break;
            case double d:
                buffer.Add(0x02);
                BinaryPrimitives.WriteInt64LittleEndian(scratch, BitConverter.DoubleToInt64Bits(d));
                buffer.AddRange(scratch);
                break;
            case string s:
                buffer.Add(0x03);
                AppendBytes(buffer, Encoding.UTF8.GetBytes(s));
                break;
            case byte[] b:
                buffer.Add(0x04);
                AppendBytes(buffer, b);
                break;
            default:
                throw new InvalidOperationException($"unexpected value type {value.GetType().Name}");
        }
    }

    private static void AppendBytes(List<byte> buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)bytes.Length);
        buffer.AddRange(length);
        buffer.AddRange(bytes);
    }
}
