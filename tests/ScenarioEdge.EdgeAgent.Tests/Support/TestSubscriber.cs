using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>Stands in for the gateway: a persistent-session subscriber that counts messages once per message id.</summary>
internal sealed class TestSubscriber(int port, string filter, string? username = null, string? password = null) : IDisposable
{
    private readonly IMqttClient client = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentDictionary<string, JsonElement> byId = new(StringComparer.Ordinal);
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Done)> waiters = [];
    private readonly Lock gate = new();

    public int Received { get; private set; }

    public IReadOnlyCollection<string> Ids => [.. byId.Keys];

    public async Task ConnectAsync()
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            var json = JsonDocument.Parse(e.ApplicationMessage.Payload.ToArray()).RootElement.Clone();
            lock (gate)
            {
                Received++;
                byId[json.GetProperty("id").GetString()!] = json;
                foreach (var (match, done) in waiters.Where(w => w.Match(json)))
                {
                    done.TrySetResult(json);
                }
            }

            return Task.CompletedTask;
        };
        await ReconnectAsync();
    }

    /// <summary>Connects again with the same client id and no clean start, so the broker delivers what it queued.</summary>
    public async Task ReconnectAsync()
    {
        var options = new MqttClientOptionsBuilder()
            .WithEndPoint(new System.Net.DnsEndPoint("127.0.0.1", port))
            .WithTcpServer(tcp =>
            {
                tcp.BufferSize = 1024 * 1024;
            })
            .WithClientId("gateway-under-test")
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .WithCredentials(username ?? string.Empty, password ?? string.Empty)
            .Build();
        await client.ConnectAsync(options);
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
    }

    /// <summary>Completes with the first message (already received or to come) that matches.</summary>
    public Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
    {
        lock (gate)
        {
            var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            var seen = byId.Values.FirstOrDefault(match);
            if (seen.ValueKind != JsonValueKind.Undefined)
            {
                done.TrySetResult(seen);
            }
            else
            {
                waiters.Add((match, done));
            }

            return done.Task;
        }
    }

    /// <summary>Completes when every id in <paramref name="ids"/> has arrived at least once.</summary>
    public Task WaitForIdsAsync(IReadOnlyCollection<string> ids, TimeSpan timeout) =>
        Task.WhenAll(ids.Select(id => WaitForAsync(j => j.GetProperty("id").GetString() == id))).WaitAsync(timeout);

    public void Dispose() => client.Dispose();
}
