using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>What every movement of a programme's money names: the programme, the amount and the value date.</summary>
public abstract record MovementFields
{
    /// <summary>The programme.</summary>
    [RequiredField]
    public Guid? ProgrammeId { get; init; }

    /// <summary>The amount in USD.</summary>
    [RequiredField, Amount]
    public decimal? AmountUsd { get; init; }

    /// <summary>Value date (not in the future); today when omitted.</summary>
    [NotInFuture, NotBefore(FundVocabulary.FirstYear, 1, 1)]
    public DateOnly? Date { get; init; }
}
