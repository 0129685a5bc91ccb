namespace CertBot.Engine.Model;

/// <summary>
/// A node's role within its product. For IM and Presence the publisher is the database publisher
/// (<c>Subscriber cups DBPub</c> in <c>show network cluster</c>), not the CUCM publisher.
/// </summary>
public enum NodeRole
{
    Publisher,
    Subscriber,
}
