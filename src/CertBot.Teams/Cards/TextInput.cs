namespace CertBot.Teams.Cards;

/// <summary>
/// <c>Input.Text</c>: a free-text field (an approver's comment). Its value reaches the bot under
/// <see cref="CardElement.Id"/> in the action's data, for <c>Action.Execute</c> and <c>Action.Submit</c> alike.
/// </summary>
public sealed record TextInput : CardElement
{
    /// <param name="id">Required: the key the value arrives under.</param>
    public TextInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Value { get; init; }
}
