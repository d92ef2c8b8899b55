using LiteDB;
using Microsoft.Extensions.Logging;
using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Outbox;

/// <summary>
/// The durable outbox: a LiteDB file holding every outgoing message until the broker acknowledged it. Bounded by
/// count, bytes and age; when over a bound it drops the oldest sightings first, then wearables, counting every
/// drop, and never drops shelf or status messages. A newer retained status supersedes a waiting older one on the
/// same topic (the broker would keep only the last anyway).
/// </summary>
public sealed class LiteDbOutbox : IDisposable
{
    private const string CollectionName = "outbox";
    private readonly LiteDatabase db;
    private readonly ILiteCollection<BsonDocument> messages;
    private readonly OutboxOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private long count;
    private long bytes;
    private long dropped;
    private bool warnedFull;

    public LiteDbOutbox(string path, OutboxOptions options, TimeProvider timeProvider, ILogger<LiteDbOutbox> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        (this.options, this.timeProvider, this.logger) = (options, timeProvider, logger);
        db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        messages = db.GetCollection(CollectionName, BsonAutoId.Int64);
        messages.EnsureIndex("c");
        foreach (var doc in messages.FindAll())
        {
            count++;
            bytes += doc["n"].AsInt32;
        }

        if (count > 0)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Outbox {Path} holds {Count} messages ({Bytes} bytes) from before the restart; they go out first", path, count, bytes);
            }
        }
    }

    public long Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    /// <summary>Messages dropped since this outbox was opened, because it was full or they were too old.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Stores <paramref name="message"/>; when this returns it survives a restart.</summary>
    public void Append(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = message.Payload.Length + message.Topic.Length;
        lock (gate)
        {
            if (message.Class == OutboxClass.Status && message.Retain)
            {
                foreach (var old in messages.Find(Query.And(Query.EQ("c", (int)OutboxClass.Status), Query.EQ("t", message.Topic), Query.EQ("r", true))).ToList())
                {
                    DeleteLocked(old["_id"].AsInt64, old["n"].AsInt32);
                }
            }

            messages.Insert(new BsonDocument
            {
                ["t"] = message.Topic,
                ["p"] = message.Payload,
                ["c"] = (int)message.Class,
                ["r"] = message.Retain,
                ["at"] = timeProvider.GetUtcNow().UtcDateTime,
                ["n"] = size,
            });
            count++;
            bytes += size;
            EnforceBoundsLocked();
        }
    }

    /// <summary>The oldest messages, up to <paramref name="max"/>, in the order they were stored.</summary>
    public IReadOnlyList<PendingMessage> Peek(int max)
    {
        lock (gate)
        {
            return [.. messages.Find(Query.All(Query.Ascending), limit: max).Select(ToPending)];
        }
    }

    /// <summary>Removes a message the broker acknowledged.</summary>
    public void Remove(PendingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (gate)
        {
            DeleteLocked(message.Id, message.Size);
        }
    }

    /// <summary>
    /// Puts acknowledged messages back at their old places (their ids are older than anything waiting), to be sent
    /// again: the broker that acknowledged them lost its state before the gateway had them all. Returns how many.
    /// </summary>
    public int Restore(IEnumerable<PendingMessage> delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var restored = 0;
        lock (gate)
        {
            foreach (var pending in delivered)
            {
                if (messages.FindById(pending.Id) is not null)
                {
                    continue;
                }

                var message = pending.Message;
                messages.Insert(new BsonDocument
                {
                    ["_id"] = pending.Id,
                    ["t"] = message.Topic,
                    ["p"] = message.Payload,
                    ["c"] = (int)message.Class,
                    ["r"] = message.Retain,
                    ["at"] = timeProvider.GetUtcNow().UtcDateTime,
                    ["n"] = pending.Size,
                });
                count++;
                bytes += pending.Size;
                restored++;
            }

            EnforceBoundsLocked();
        }

        return restored;
    }

    /// <summary>Drops droppable messages older than the configured age; returns how many.</summary>
    public int ExpireOld()
    {
        var cutoff = timeProvider.GetUtcNow().UtcDateTime.AddHours(-options.MaxAgeHours);
        lock (gate)
        {
            var old = messages.Find(Query.And(Query.LTE("c", (int)OutboxClass.Wearables), Query.LT("at", cutoff))).ToList();
            foreach (var doc in old)
            {
                DeleteLocked(doc["_id"].AsInt64, doc["n"].AsInt32);
            }

            Interlocked.Add(ref dropped, old.Count);
            if (old.Count > 0)
            {
                logger.LogWarning("Dropped {Count} queued sightings/wearable messages older than {MaxAgeHours} h (the broker was unreachable that long)", old.Count, options.MaxAgeHours);
            }

            return old.Count;
        }
    }

    public void Dispose() => db.Dispose();

    private static PendingMessage ToPending(BsonDocument doc) => new(
        doc["_id"].AsInt64,
        new OutboxMessage(doc["t"].AsString, doc["p"].AsBinary, (OutboxClass)doc["c"].AsInt32, doc["r"].AsBoolean),
        doc["n"].AsInt32);

    private void DeleteLocked(long id, int size)
    {
        if (messages.Delete(id))
        {
            count--;
            bytes -= size;
        }
    }

    private void EnforceBoundsLocked()
    {
        foreach (var droppable in (ReadOnlySpan<OutboxClass>)[OutboxClass.Sightings, OutboxClass.Wearables])
        {
            while (count > options.MaxMessages || bytes > options.MaxBytes)
            {
                var excess = (int)Math.Clamp(count - options.MaxMessages, 1, 1_000);
                var victims = messages.Query().Where(Query.EQ("c", (int)droppable)).OrderBy("_id").Limit(excess).ToList();
                if (victims.Count == 0)
                {
                    break;
                }

                foreach (var doc in victims)
                {
                    DeleteLocked(doc["_id"].AsInt64, doc["n"].AsInt32);
                }

                Interlocked.Add(ref dropped, victims.Count);
            }
        }

        var full = count > options.MaxMessages || bytes > options.MaxBytes;
        if (full && !warnedFull)
        {
            logger.LogWarning("Outbox is over its bounds ({Count} messages, {Bytes} bytes) with only shelf and status messages, which are never dropped; raise Agent:Outbox:MaxMessages/MaxBytes or restore the broker connection", count, bytes);
        }

        warnedFull = full;
    }
}
