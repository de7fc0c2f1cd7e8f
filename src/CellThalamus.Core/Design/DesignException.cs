namespace CellThalamus.Core.Design;

/// <summary>A design that cannot be run as given; the message names the bad value and the valid choices.</summary>
public sealed class DesignException(string message) : Exception(message);
