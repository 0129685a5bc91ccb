namespace CertBot.Engine.Configuration;

/// <summary>
/// The SFTP server of bulk certificate exchange. The password is not here: <see cref="PasswordSecret"/>
/// names it for the host's secret source, so it never reaches a plan, journal or configuration file.
/// </summary>
public sealed record BulkSftpOptions(string Host, int Port, string Username, string Directory, string PasswordSecret);
