namespace Marrakesh;

/// <summary>Marker for the interface text in Resources/SharedResource.*.resx.</summary>
public sealed class SharedResource;
