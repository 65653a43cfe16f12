using Marrakesh.Modules.Catalogue;

namespace Marrakesh.Pages.Commitments;

/// <summary>What the shared commitment fields need: the form's values and the choices to offer.</summary>
public sealed record CommitmentFieldsModel(CommitmentForm Form, IReadOnlyList<Objective> Objectives, IReadOnlyList<GuidingPrinciple> Principles);
