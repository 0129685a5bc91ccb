using System.Text.Json.Serialization;

namespace CertBot.Slack.BlockKit;

/// <summary>One block of a message; <c>type</c> is written from the concrete record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record Block
{
    /// <summary>Unique within the message (≤ 255 characters); null lets Slack choose.</summary>
    public string? BlockId { get; init; }
}
