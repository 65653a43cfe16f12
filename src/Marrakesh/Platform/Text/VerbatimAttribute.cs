namespace Marrakesh.Platform.Text;

/// <summary>
/// Text kept exactly as sent, not brought to NFC (<see cref="TextNormalisation"/>): a password is compared with what
/// is typed at sign-in, which no one normalises.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VerbatimAttribute : Attribute;
