using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Security;

/// <summary>Creates, checks and revokes operator API keys. A key reads <c>sek_{id}_{secret}</c> and is shown once.</summary>
public sealed class ApiKeys(GatewayDatabase database, TimeProvider time)
{
    public (string Key, ApiKeyRecord Record) Create(string name, OperatorRole role)
    {
        var id = Secrets.New()[..12].Replace('-', 'x').Replace('_', 'y');
        var secret = Secrets.New();
        var record = new ApiKeyRecord { Id = id, Name = name, Role = role, Hash = Secrets.Hash(secret), CreatedAt = time.GetUtcNow().UtcDateTime };
        database.ApiKeys.Insert(record);
        return ($"sek_{id}_{secret}", record);
    }

    /// <summary>The key's record when <paramref name="key"/> is a valid, unrevoked key; otherwise null and why.</summary>
    public ApiKeyRecord? Validate(string key, out string? problem)
    {
        problem = null;
        var parts = key.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "sek")
        {
            problem = "not an API key (expected sek_…)";
            return null;
        }

        var record = database.ApiKeys.FindById(parts[1]);
        if (record is null || !Secrets.Verify(parts[2], record.Hash))
        {
            problem = "unknown API key";
            return null;
        }

        if (record.RevokedAt is not null)
        {
            problem = "the API key was revoked";
            return null;
        }

        return record;
    }

    public bool Revoke(string id)
    {
        var record = database.ApiKeys.FindById(id);
        if (record is null || record.RevokedAt is not null)
        {
            return false;
        }

        record.RevokedAt = time.GetUtcNow().UtcDateTime;
        return database.ApiKeys.Update(record);
    }
}
