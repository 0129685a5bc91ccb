using CertBot.Engine.Model;

namespace CertBot.Engine.Configuration;

/// <summary>A configured node. Connection details (address, host key, password) belong to the platform adapter.</summary>
public sealed record NodeOptions(string Name, Product Product, NodeRole Role);
