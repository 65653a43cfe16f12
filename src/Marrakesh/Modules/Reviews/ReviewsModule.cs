using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Reviews;

/// <summary>Review cycles generated from the Compact's rhythm, and the voluntary national reviews States submit to them.</summary>
internal static class ReviewsModule
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, ReviewCyclesReferenceData>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ReviewsPermissionHandler>();
        services.AddScoped<ReviewAccess>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<DraftReview>();
        services.AddScoped<ChangeReview>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<AcknowledgeReview>();
        services.AddScoped<PublishReview>();
        services.AddScoped<SetRoundTables>();
        services.AddScoped<CycleSummary>();
        services.AddScoped<ReviewsContract>();
        return services;
    }
}
