namespace Entente;

/// <summary>
/// When a relation or claim holds: from <see cref="From"/> (included) until <see cref="Until"/>
/// (excluded); either end may be open. Partial dates are taken at the first day of their period.
/// </summary>
public readonly record struct Validity
{
    public static readonly Validity Always = new(null, null);

    public Validity(PartialDate? from, PartialDate? until)
    {
        if (from is { } f && until is { } u && u.Start < f.Start)
            throw new ArgumentException($"Validity ends ({u}) before it starts ({f}).", nameof(until));
        From = from;
        Until = until;
    }

    public PartialDate? From { get; }
    public PartialDate? Until { get; }

    public bool HasBegunBy(DateOnly date) => From is not { } f || f.Start <= date;

    public bool HasEndedBy(DateOnly date) => Until is { } u && u.Start <= date;

    public bool Contains(DateOnly date) => HasBegunBy(date) && !HasEndedBy(date);

    public override string ToString() => (From, Until) switch
    {
        (null, null) => "always",
        ({ } f, null) => $"since {f}",
        (null, { } u) => $"until {u}",
        ({ } f, { } u) => $"{f} – {u}",
    };
}
