using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Outbox;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Outbox;

public class LiteDbOutboxTests
{
    private readonly string path = Path.Combine(AgentHost.TempDirectory(), "outbox.db");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Peek_AfterReopen_ReturnsEveryMessageInOrder()
    {
        using (var outbox = Open())
        {
            outbox.Append(Message("a", OutboxClass.Sightings));
            outbox.Append(Message("b", OutboxClass.Shelf));
            outbox.Append(Message("c", OutboxClass.Wearables));
        }

        using var reopened = Open();

        Assert.Equal(["a", "b", "c"], reopened.Peek(10).Select(Body));
        Assert.Equal(3, reopened.Count);
    }

    [Fact]
    public void Remove_AcknowledgedMessage_IsGoneAfterReopen()
    {
        using (var outbox = Open())
        {
            outbox.Append(Message("a", OutboxClass.Sightings));
            outbox.Append(Message("b", OutboxClass.Sightings));
            outbox.Remove(outbox.Peek(1)[0]);
        }

        using var reopened = Open();

        Assert.Equal(["b"], reopened.Peek(10).Select(Body));
    }

    [Fact]
    public void Append_OverMessageBound_DropsOldestSightingsFirstAndCountsThem()
    {
        using var outbox = Open(new OutboxOptions { MaxMessages = 6 });
        outbox.Append(Message("s1", OutboxClass.Sightings));
        outbox.Append(Message("w1", OutboxClass.Wearables));
        outbox.Append(Message("s2", OutboxClass.Sightings));
        outbox.Append(Message("shelf1", OutboxClass.Shelf));
        outbox.Append(Message("s3", OutboxClass.Sightings));
        outbox.Append(Message("shelf2", OutboxClass.Shelf));

        outbox.Append(Message("shelf3", OutboxClass.Shelf));
        outbox.Append(Message("shelf4", OutboxClass.Shelf));

        Assert.Equal(["w1", "shelf1", "s3", "shelf2", "shelf3", "shelf4"], outbox.Peek(10).Select(Body));
        Assert.Equal(2, outbox.Dropped);
    }

    [Fact]
    public void Append_FullOfShelfAndStatus_DropsNothing()
    {
        using var outbox = Open(new OutboxOptions { MaxMessages = 2 });
        outbox.Append(Message("shelf1", OutboxClass.Shelf));
        outbox.Append(Message("shelf2", OutboxClass.Shelf));
        outbox.Append(Message("status", OutboxClass.Status));

        Assert.Equal(3, outbox.Count);
        Assert.Equal(0, outbox.Dropped);
    }

    [Fact]
    public void Append_OverByteBound_DropsSightingsUntilUnderIt()
    {
        using var outbox = Open(new OutboxOptions { MaxBytes = 2_500 });
        for (var i = 0; i < 5; i++)
        {
            outbox.Append(new OutboxMessage("t", new byte[1_000], OutboxClass.Sightings));
        }

        Assert.True(outbox.Bytes <= 2_500);
        Assert.Equal(3, outbox.Dropped);
    }

    [Fact]
    public void ExpireOld_DayOldSightings_AreDroppedButShelfKept()
    {
        using var outbox = Open(new OutboxOptions { MaxAgeHours = 24 });
        outbox.Append(Message("old sightings", OutboxClass.Sightings));
        outbox.Append(Message("old shelf", OutboxClass.Shelf));
        time.Advance(TimeSpan.FromHours(25));
        outbox.Append(Message("new sightings", OutboxClass.Sightings));

        Assert.Equal(1, outbox.ExpireOld());
        Assert.Equal(["old shelf", "new sightings"], outbox.Peek(10).Select(Body));
        Assert.Equal(1, outbox.Dropped);
    }

    [Fact]
    public void Append_NewerRetainedStatus_SupersedesWaitingOneOnSameTopic()
    {
        using var outbox = Open();
        outbox.Append(new OutboxMessage("status", Encoding.UTF8.GetBytes("health 1"), OutboxClass.Status, Retain: true));
        outbox.Append(Message("shelf", OutboxClass.Shelf));
        outbox.Append(new OutboxMessage("status", Encoding.UTF8.GetBytes("health 2"), OutboxClass.Status, Retain: true));

        Assert.Equal(["shelf", "health 2"], outbox.Peek(10).Select(Body));
        Assert.Equal(0, outbox.Dropped);
    }

    [Fact]
    public void Restore_AcknowledgedMessages_BackAtTheirOldPlacesOnceAndAfterReopen()
    {
        using (var outbox = Open())
        {
            outbox.Append(Message("a", OutboxClass.Sightings));
            outbox.Append(Message("b", OutboxClass.Shelf));
            var sent = outbox.Peek(2);
            foreach (var message in sent)
            {
                outbox.Remove(message);
            }

            outbox.Append(Message("c", OutboxClass.Sightings));

            Assert.Equal(2, outbox.Restore(sent));
            Assert.Equal(0, outbox.Restore(sent));
            Assert.Equal(3, outbox.Count);
        }

        using var reopened = Open();
        reopened.Append(Message("d", OutboxClass.Sightings));

        Assert.Equal(["a", "b", "c", "d"], reopened.Peek(10).Select(Body));
    }

    private static OutboxMessage Message(string body, OutboxClass kind) => new("se/v1/test", Encoding.UTF8.GetBytes(body), kind);

    private static string Body(PendingMessage message) => Encoding.UTF8.GetString(message.Message.Payload);

    private LiteDbOutbox Open(OutboxOptions? options = null) => new(path, options ?? new OutboxOptions(), time, NullLogger<LiteDbOutbox>.Instance);
}
