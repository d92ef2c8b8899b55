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

    // LiteDB issue 2503: transactions on different collections shared the free-page list of the header page unlocked,
    // so inserting into two collections while a third thread deletes from one corrupted the file ("empty page must be
    // defined as empty type"), and the corruption was persisted. The gateway writes several collections from several
    // threads (campaign writer, push ledger, scene history, retention), so the version it runs must survive this.
    [Fact]
    public async Task ConcurrentWritesToTwoCollections_WhileOneIsEmptied_LeaveTheFileSound()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("se-db-").FullName, "race.db");
        using (var db = new LiteDatabase($"Filename={path};Connection=direct"))
        {
            var a = db.GetCollection<BsonDocument>("a");
            var b = db.GetCollection<BsonDocument>("b");
            var padding = new string('x', 2000);
            var writers = new[] { a, b }.Select(c => Task.Run(() =>
            {
                for (var i = 0; i < 400; i++)
                {
                    c.InsertBulk(Enumerable.Range(0, 20).Select(_ => new BsonDocument { ["p"] = padding }));
                }
            })).ToArray();
            var deleter = Task.Run(() =>
            {
                while (!writers.All(w => w.IsCompleted))
                {
                    b.DeleteAll();
                }
            });

            await Task.WhenAll([.. writers, deleter]);
            a.Insert(new BsonDocument { ["p"] = padding });
        }

        using var reopened = new LiteDatabase(path);
        Assert.True(reopened.GetCollection("a").Count() > 0);
        _ = reopened.GetCollection("b").FindAll().Count();
    }
}
