namespace Marrakesh.Modules.Hub;

/// <summary>
/// A request's fields. To submit, state (for the secretariat; a focal point's own State by default), objectives, title,
/// need, languages and modality are required. To change it (PATCH, with If-Match), send only what changes.
/// </summary>
/// <param name="State">The requesting State (ISO3).</param>
/// <param name="Objectives">Compact objectives concerned (1 to 23), at least one.</param>
/// <param name="Title">A short title (at most 200 characters).</param>
/// <param name="Need">The need in plain words (at most 4,000 characters).</param>
/// <param name="Languages">ISO 639-1 codes of the languages support should come in, preferred first: the six UN languages (ar, zh, en, fr, ru, es) or any other ISO 639-1 language.</param>
/// <param name="Modality">advice, training, peer-exchange or joint-programme.</param>
/// <param name="StartDate">When support should start (yyyy-mm-dd), if known.</param>
/// <param name="EndDate">When it should end (yyyy-mm-dd), if known.</param>
/// <param name="Timeline">The timeline in words, e.g. "before the 2027 budget cycle".</param>
/// <param name="Contact">Who to contact (private to the State and the secretariat).</param>
/// <param name="Feedback">On a closed request: the State's feedback on the support received.</param>
public sealed record RequestInput(
    string? State = null, List<int>? Objectives = null, string? Title = null, string? Need = null, List<string>? Languages = null,
    string? Modality = null, DateOnly? StartDate = null, DateOnly? EndDate = null, string? Timeline = null, string? Contact = null,
    string? Feedback = null);

/// <summary>A move to the next step.</summary>
/// <param name="To">assessed, partners-identified, in-implementation, closed or declined.</param>
/// <param name="Note">What was done or decided.</param>
/// <param name="Outcome">Required to close: what came of the request.</param>
/// <param name="Reason">Required to decline: why.</param>
/// <param name="Feedback">On closing: the State's feedback, if the secretariat records it on the State's behalf.</param>
public sealed record TransitionInput(string? To = null, string? Note = null, string? Outcome = null, string? Reason = null, string? Feedback = null);

/// <summary>The offers the secretariat engages for a request; replaces the previous choice.</summary>
/// <param name="Offers">Offer ids.</param>
public sealed record PartnersInput(List<Guid>? Offers = null);
