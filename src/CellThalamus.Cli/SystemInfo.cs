using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace CellThalamus.Cli;

/// <summary>Facts about the program and machine for the banner; none of them ever reaches an output file.</summary>
public static class SystemInfo
{
    public static string ProgramVersion =>
        typeof(SystemInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Runtime => RuntimeInformation.FrameworkDescription;

    public static string Platform => $"{RuntimeInformation.OSDescription} ({RuntimeInformation.RuntimeIdentifier}), {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical CPUs";

    public static string Simd
    {
        get
        {
            var features = new List<string> { $"Vector<T> {(Vector.IsHardwareAccelerated ? "accelerated" : "software")} ({Vector<byte>.Count * 8} bit)" };
            if (Vector128.IsHardwareAccelerated)
            {
                features.Add("Vector128");
            }

            if (Avx2.IsSupported)
            {
                features.Add("AVX2");
            }

            if (Avx512F.IsSupported)
            {
                features.Add("AVX-512F");
            }

            if (AdvSimd.IsSupported)
            {
                features.Add("AdvSimd");
            }

            return string.Join(", ", features) + " (the simulation uses none of them)";
        }
    }

    public static string SqliteVersion
    {
        get
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
            connection.Open();
            return connection.ServerVersion;
        }
    }
}
