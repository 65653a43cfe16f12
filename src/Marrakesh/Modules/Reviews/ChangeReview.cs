using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>Changes a draft review; sections, when sent, replace all sections.</summary>
public sealed class ChangeReview(AppDbContext db, ReviewRules rules, ReviewAccess access)
{
    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, ReviewInput input, CancellationToken cancellationToken)
    {
        if (input.State is not null)
        {
            throw new InvalidInputException("state", "A review's State cannot change.");
        }
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.EnsureEditable(input.Reason);
        var sections = await access.SectionsOfAsync(id, cancellationToken);
        if (input.Sections is not null)
        {
            var replacing = await rules.SectionsAsync(review.Id, input.Sections, cancellationToken);
            db.Set<ReviewSection>().RemoveRange(await db.Set<ReviewSection>().Where(s => s.ReviewId == id).ToListAsync(cancellationToken));
            db.Set<ReviewSection>().AddRange(replacing);
            sections = replacing;
        }
        if (input.Consulted is not null)
        {
            review.Consulted = ReviewRules.Consulted(input.Consulted);
        }
        return review.IsPublic
            ? await access.SaveAsync(review, sections, "amended", cancellationToken, input.Reason!.Trim())
            : await access.SaveAsync(review, sections, "updated", cancellationToken);
    }
}
