namespace CellThalamus.Storage;

/// <summary>The thalamus_designs row: lists are canonical JSON, metadata names what defines the run (never wall-clock facts).</summary>
public sealed record DesignRecord(
    string DesignId,
    int Phase,
    string CellLinesJson,
    string CompoundsJson,
    string DosesJson,
    string TimepointsJson,
    string CreatedAt,
    string MetadataJson);
