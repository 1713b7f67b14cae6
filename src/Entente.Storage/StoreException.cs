namespace Entente.Storage;

/// <summary>A database problem a user can act on: what went wrong, with which file, and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
