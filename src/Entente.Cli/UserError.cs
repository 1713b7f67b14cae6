namespace Entente.Cli;

/// <summary>A mistake the user can fix; shown as one message on stderr, never as a stack trace.</summary>
public sealed class UserError(string message) : Exception(message);
