namespace Entente.Questions;

/// <summary>What a question asks, with the actor names as the person wrote them (resolved later).</summary>
public abstract record Question(DateOnly? AsOf)
{
    /// <summary>"Who are Iran's allies?", "who backs the Houthis?", "Iran".</summary>
    public sealed record AlliesOf(string Subject, DateOnly? AsOf) : Question(AsOf);

    /// <summary>"Is Oman an ally of Iran?": how <see cref="Other"/> stands with <see cref="Subject"/>.</summary>
    public sealed record Pair(string Subject, string Other, DateOnly? AsOf) : Question(AsOf);
}
