using ArchUnitNET.Loader;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// Dependencies between the folders (namespaces one level below <c>{root}.</c>) of one assembly, read from its types'
/// references by ArchUnitNET: fields, signatures, base types, attributes and the members a method body touches.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, SortedSet<string>> _out = new(StringComparer.Ordinal);

    public FolderGraph(IEnumerable<(string From, string To)> edges)
    {
        foreach (var (from, to) in edges.Where(e => e.From != e.To))
        {
            Targets(from).Add(to);
            Targets(to);
        }
    }

    /// <summary>Every folder → folder edge, as "From -> To".</summary>
    public IEnumerable<string> Edges => _out.SelectMany(n => n.Value.Select(t => $"{n.Key} -> {t}"));

    public static FolderGraph Of(System.Reflection.Assembly assembly, string root)
    {
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var prefix = root + ".";
        string? Folder(string? ns) => ns is not null && ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
        var edges = new List<(string, string)>();
        foreach (var type in architecture.Types)
        {
            var from = Folder(type.Namespace?.FullName);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                // Generic parameters are no dependency; ArchUnitNET shares one per name across the assembly's source-generated
                // JSON contexts (TJsonMetadataType), which would join unrelated folders. A few compiler-made types have no namespace.
                if (dependency.Target is not ArchUnitNET.Domain.GenericParameter && Folder(dependency.Target?.Namespace?.FullName) is { } to)
                {
                    edges.Add((from, to));
                }
            }
        }

        return new FolderGraph(edges);
    }

    /// <summary>The edges that lie on a cycle: those whose target reaches back to their source.</summary>
    public SortedSet<string> CyclicEdges()
    {
        var cyclic = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in _out)
        {
            foreach (var to in targets.Where(to => Reaches(to, from)))
            {
                cyclic.Add($"{from} -> {to}");
            }
        }

        return cyclic;
    }

    private bool Reaches(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                return true;
            }

            foreach (var next in _out[node].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return false;
    }

    private SortedSet<string> Targets(string folder)
    {
        if (!_out.TryGetValue(folder, out var targets))
        {
            _out[folder] = targets = new SortedSet<string>(StringComparer.Ordinal);
        }

        return targets;
    }
}
