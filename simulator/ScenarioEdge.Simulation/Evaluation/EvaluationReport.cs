using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>Confusion matrix over scored rows, per-class precision, recall and F1, macro F1 and transition rates.</summary>
public sealed class EvaluationReport
{
    /// <summary>Predicted columns: the four labels and "unknown" (no decision, always a miss).</summary>
    public static readonly string[] Predictions = [.. LabelledCsv.Labels, "unknown"];

    private readonly Dictionary<(string True, string Predicted), int> _confusion = [];

    public int Rows { get; private set; }

    public int TrueTransitions { get; set; }

    public int PredictedTransitions { get; set; }

    /// <summary>Shopper-hours covered by the rows.</summary>
    public double Hours { get; set; }

    public void Add(string truth, string predicted)
    {
        _confusion[(truth, predicted)] = Count(truth, predicted) + 1;
        Rows++;
    }

    public int Count(string truth, string predicted) => _confusion.GetValueOrDefault((truth, predicted));

    /// <summary>Classes that occur in the truth: only those enter the macro average.</summary>
    public IEnumerable<string> Classes => LabelledCsv.Labels.Where(l => Predictions.Any(p => Count(l, p) > 0));

    public (double Precision, double Recall, double F1) Score(string label)
    {
        var tp = Count(label, label);
        var predicted = LabelledCsv.Labels.Sum(t => Count(t, label));
        var actual = Predictions.Sum(p => Count(label, p));
        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = actual == 0 ? 0 : (double)tp / actual;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    public double MacroF1 => Classes.Select(c => Score(c).F1).DefaultIfEmpty(0).Average();

    public double Accuracy => Rows == 0 ? 0 : (double)LabelledCsv.Labels.Sum(l => Count(l, l)) / Rows;

    public double TrueTransitionsPerHour => Hours <= 0 ? 0 : TrueTransitions / Hours;

    public double PredictedTransitionsPerHour => Hours <= 0 ? 0 : PredictedTransitions / Hours;

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{Rows} scored rows over {Hours:0.00} shopper-hours\n\nconfusion (rows: true, columns: predicted)\n");
        text.Append(c, $"{"",-12}").AppendJoin("", Predictions.Select(p => string.Format(c, "{0,12}", p))).Append('\n');
        foreach (var t in LabelledCsv.Labels)
        {
            text.Append(c, $"{t,-12}").AppendJoin("", Predictions.Select(p => string.Format(c, "{0,12}", Count(t, p)))).Append('\n');
        }

        text.Append(c, $"\n{"class",-12}{"precision",11}{"recall",11}{"f1",11}\n");
        foreach (var cls in Classes)
        {
            var (p, r, f) = Score(cls);
            text.Append(c, $"{cls,-12}{p,11:0.000}{r,11:0.000}{f,11:0.000}\n");
        }

        text.Append(c, $"\nmacro F1 {MacroF1:0.000}, accuracy {Accuracy:0.000}\n");
        text.Append(c, $"transitions per hour: predicted {PredictedTransitionsPerHour:0.00}, true {TrueTransitionsPerHour:0.00}\n");
        return text.ToString();
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("macroF1", Math.Round(MacroF1, 4));
            json.WriteNumber("accuracy", Math.Round(Accuracy, 4));
            json.WriteNumber("rows", Rows);
            json.WriteStartObject("classes");
            foreach (var cls in Classes)
            {
                var (p, r, f) = Score(cls);
                json.WriteStartObject(cls);
                json.WriteNumber("precision", Math.Round(p, 4));
                json.WriteNumber("recall", Math.Round(r, 4));
                json.WriteNumber("f1", Math.Round(f, 4));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("confusion");
            foreach (var t in LabelledCsv.Labels)
            {
                json.WriteStartObject(t);
                foreach (var p in Predictions)
                {
                    json.WriteNumber(p, Count(t, p));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteNumber("predictedTransitionsPerHour", Math.Round(PredictedTransitionsPerHour, 3));
            json.WriteNumber("trueTransitionsPerHour", Math.Round(TrueTransitionsPerHour, 3));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
