using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// Reads YAML into a <see cref="DocNode"/> tree from the parser's event stream, with an explicit stack rather than
/// recursion, stopping at the first size limit. Aliases are refused (an alias bomb expands past any byte limit), and
/// so are several documents in one file, non-scalar keys and duplicate keys.
/// </summary>
internal static class YamlTreeReader
{
    public static DocNode? Read(string yaml, DocumentLimits limits, List<CampaignProblem> problems)
    {
        var parser = new Parser(new StringReader(yaml));
        var stack = new Stack<(DocNode Node, string? PendingKey, int KeyLine)>();
        DocNode? root = null;
        var nodes = 0;
        var documents = 0;
        var lastLine = 1;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                var line = (int)e.Start.Line;
                lastLine = line;
                switch (e)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            problems.Add(new CampaignProblem("$", "one campaign per document: a second YAML document follows", line));
                            return null;
                        }

                        break;
                    case AnchorAlias:
                        problems.Add(new CampaignProblem("$", "YAML aliases (*name) are not allowed in campaigns", line));
                        return null;
                    case MappingStart or SequenceStart:
                        var container = new DocNode { Kind = e is MappingStart ? DocNodeKind.Map : DocNodeKind.Sequence, Line = line };
                        Count(ref nodes, limits, line);
                        if (stack.Count + 1 > limits.MaxDepth)
                        {
                            throw new DocumentTooLargeException(new CampaignProblem("$", $"nesting deeper than {limits.MaxDepth} levels", line));
                        }

                        if (!Attach(stack, container, ref root, problems))
                        {
                            return null;
                        }

                        stack.Push((container, null, 0));
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                    case Scalar scalar:
                        Count(ref nodes, limits, line);
                        if (scalar.Value.Length > limits.MaxStringLength)
                        {
                            throw new DocumentTooLargeException(new CampaignProblem("$", $"a value longer than {limits.MaxStringLength} characters", line));
                        }

                        if (stack.Count > 0 && stack.Peek() is { Node.Kind: DocNodeKind.Map, PendingKey: null } frame)
                        {
                            stack.Pop();
                            if (frame.Node.Entries.Exists(kv => kv.Key == scalar.Value))
                            {
                                problems.Add(new CampaignProblem("$", $"key '{scalar.Value}' appears twice in one mapping", line));
                            }

                            stack.Push((frame.Node, scalar.Value, line));
                            break;
                        }

                        if (!Attach(stack, ToNode(scalar, line), ref root, problems))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            problems.Add(new CampaignProblem("$", $"not valid YAML: {ex.Message}", (int)ex.Start.Line));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some malformed input (e.g. an unclosed flow list at the end) this way.
            problems.Add(new CampaignProblem("$", $"not valid YAML: {ex.Message}", lastLine));
            return null;
        }
        catch (DocumentTooLargeException ex)
        {
            problems.Add(ex.Problem);
            return null;
        }

        return root;
    }

    private static DocNode ToNode(Scalar scalar, int line)
    {
        if (scalar.Style is ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL")
        {
            return new DocNode { Kind = DocNodeKind.Null, Line = line };
        }

        return new DocNode
        {
            Kind = DocNodeKind.Scalar,
            Line = line,
            Text = scalar.Value,
            Typed = scalar.Style is ScalarStyle.Plain ? ScalarType.Untyped : ScalarType.String,
        };
    }

    private static bool Attach(Stack<(DocNode Node, string? PendingKey, int KeyLine)> stack, DocNode node, ref DocNode? root, List<CampaignProblem> problems)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var frame = stack.Pop();
        if (frame.Node.Kind == DocNodeKind.Sequence)
        {
            frame.Node.Items.Add(node);
            stack.Push(frame);
            return true;
        }

        if (frame.PendingKey is null)
        {
            problems.Add(new CampaignProblem("$", "mapping keys must be plain names, not lists or mappings", node.Line));
            return false;
        }

        frame.Node.Entries.Add(new(frame.PendingKey, node));
        stack.Push((frame.Node, null, 0));
        return true;
    }

    private static void Count(ref int nodes, DocumentLimits limits, int line)
    {
        if (++nodes > limits.MaxNodes)
        {
            throw new DocumentTooLargeException(new CampaignProblem("$", $"more than {limits.MaxNodes} values in one document", line));
        }
    }
}
