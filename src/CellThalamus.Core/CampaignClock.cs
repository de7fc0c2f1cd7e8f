using System.Globalization;

namespace CellThalamus.Core;

/// <summary>Timestamps come from the campaign clock (start + day + timepoint), never the wall clock, so artefacts are reproducible.</summary>
public static class CampaignClock
{
    public const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(IsoFormat, CultureInfo.InvariantCulture);

    /// <summary>The moment a well is read: campaign start, plus (day - 1) days, plus the timepoint, to the second.</summary>
    public static string ReadoutTime(DateTimeOffset campaignStart, int day, double timepointH)
    {
        // Whole seconds: rounding here is exact basic arithmetic, so every platform agrees.
        var seconds = (long)Math.Round(timepointH * 3600.0, MidpointRounding.AwayFromZero);
        return Format(campaignStart.AddDays(day - 1).AddSeconds(seconds));
    }

    /// <summary>SOURCE_DATE_EPOCH semantics: whole seconds since 1970-01-01T00:00:00Z.</summary>
    public static DateTimeOffset FromEpochSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
