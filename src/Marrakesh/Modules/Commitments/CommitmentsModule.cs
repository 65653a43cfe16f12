namespace Marrakesh.Modules.Commitments;

/// <summary>National implementation plans (each State's à la carte commitments) and the pledges of every actor, with their history.</summary>
internal static class CommitmentsModule
{
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddScoped<CommitmentRules>();
        services.AddScoped<CommitmentHistory>();
        services.AddScoped<CommitmentQueries>();
        services.AddScoped<AddCommitment>();
        services.AddScoped<ChangeCommitment>();
        services.AddScoped<PublishCommitment>();
        services.AddScoped<RemoveCommitment>();
        services.AddScoped<CommitmentsContract>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CommitmentsPermissionHandler>();
        services.AddScoped<PledgeRules>();
        services.AddScoped<PledgeAccess>();
        services.AddScoped<PledgeQueries>();
        services.AddScoped<MakePledge>();
        services.AddScoped<AmendPledge>();
        services.AddScoped<ReportPledgeProgress>();
        return services;
    }
}
