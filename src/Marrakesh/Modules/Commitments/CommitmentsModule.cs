namespace Marrakesh.Modules.Commitments;

/// <summary>National implementation plans: each State's à la carte commitments, with their history.</summary>
internal static class CommitmentsModule
{
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddScoped<CommitmentRules>();
        services.AddScoped<RecordHistory>();
        services.AddScoped<CommitmentHistory>();
        services.AddScoped<CommitmentQueries>();
        services.AddScoped<AddCommitment>();
        services.AddScoped<ChangeCommitment>();
        services.AddScoped<PublishCommitment>();
        services.AddScoped<RemoveCommitment>();
        return services;
    }
}
