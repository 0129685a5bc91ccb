using CertBot.Chat.Threads;

namespace CertBot.Chat.Storage;

/// <summary>
/// How the bot reaches a person outside a run's thread, learned whenever they write to it: the personal (1:1)
/// conversation it can post into without an inbound turn, and their user id on the platform (Teams' <c>29:…</c>,
/// which a card's <c>refresh.userIds</c> names).
/// </summary>
/// <param name="Principal">The engine's principal (<c>aad:…</c>, <c>slack:…</c>), normalised as <c>Principal</c> prints it.</param>
/// <param name="UserId">The platform's id of the person in conversations; null while unknown.</param>
/// <param name="Personal">Their 1:1 conversation with the bot; null until they wrote to it there.</param>
public sealed record ChatContact(string Principal, string Platform, string? UserId, ChatConversation? Personal, DateTimeOffset UpdatedAt);
