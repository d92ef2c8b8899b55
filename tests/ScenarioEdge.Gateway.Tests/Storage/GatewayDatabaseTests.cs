using LiteDB;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Storage;

public sealed class GatewayDatabaseTests
{
    [Fact]
    public void Open_NewFile_EveryCollectionExistsBeforeFirstUse()
    {
        var directory = Directory.CreateTempSubdirectory("se-db-").FullName;
        var path = Path.Combine(directory, "scenarioedge.db");
        using (var db = new GatewayDatabase(path))
        {
            // Every collection the database exposes must be created at open, or a first write racing a read of the
            // same collection can fail inside LiteDB (issue 2792).
            var exposed = typeof(GatewayDatabase).GetProperties()
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ILiteCollection<>))
                .Select(p => ((dynamic)p.GetValue(db)!).Name as string)
                .ToList();
            Assert.NotEmpty(exposed);
            Assert.All(exposed, name => Assert.Contains(name, GatewayDatabase.CollectionNames));
        }

        using var raw = new LiteDatabase(path);
        var created = raw.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(GatewayDatabase.CollectionNames, name => Assert.Contains(name, created));
        Assert.All(GatewayDatabase.CollectionNames, name => Assert.Equal(0, raw.GetCollection(name).Count()));
    }
}
