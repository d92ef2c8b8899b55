namespace ScenarioEdge.Experiments.Alerts;

/// <summary>Why an experiment alert fired.</summary>
public enum AlertKind
{
    /// <summary>Daily conversion below a share of its own trailing mean for several consecutive days.</summary>
    ConversionDrop,

    /// <summary>A sample-ratio check of the report failed: the assignment or the exposure log is broken.</summary>
    SampleRatioMismatch,

    /// <summary>A coupon budget is projected to run out before the campaign ends.</summary>
    BudgetExhaustion,

    /// <summary>Today's delivery rate (delivered of sent) collapsed against its trailing mean.</summary>
    DeliveryCollapse,

    /// <summary>Today's open rate (opened of delivered) collapsed against its trailing mean.</summary>
    OpenCollapse,
}
