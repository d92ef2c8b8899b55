using System.Buffers;
using System.IO.Pipelines;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>A pipe reader that yields <paramref name="prefix"/> first, then the rest of <paramref name="inner"/>.</summary>
internal sealed class PrefixedReader(byte[] prefix, PipeReader inner) : PipeReader
{
    private ReadOnlySequence<byte> _prefix = new(prefix);

    private bool InPrefix => !_prefix.IsEmpty;

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
        InPrefix ? ValueTask.FromResult(new ReadResult(_prefix, false, false)) : inner.ReadAsync(cancellationToken);

    public override bool TryRead(out ReadResult result)
    {
        if (InPrefix)
        {
            result = new ReadResult(_prefix, false, false);
            return true;
        }

        return inner.TryRead(out result);
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
        if (InPrefix)
        {
            _prefix = _prefix.Slice(consumed);
        }
        else
        {
            inner.AdvanceTo(consumed);
        }
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        if (InPrefix)
        {
            _prefix = _prefix.Slice(consumed);
        }
        else
        {
            inner.AdvanceTo(consumed, examined);
        }
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);
}
