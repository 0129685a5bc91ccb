namespace CertBot.Teams.Protocol;

/// <summary>How a card button reached the bot.</summary>
public enum CardActionSource
{
    /// <summary><c>Action.Execute</c>: an <c>adaptiveCard/action</c> invoke, answered with a card.</summary>
    Execute,

    /// <summary><c>Action.Submit</c> (the fallback): a message whose value is the data; answered by updating the card.</summary>
    Submit,
}
