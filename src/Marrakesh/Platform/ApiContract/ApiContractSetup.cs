using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// The OpenAPI document is the API's contract (issue 22). It is generated from the code and completed by conventions
/// that read what the endpoints already declare (authorization, rate limits, If-Match, request bodies, validation
/// attributes), so that no endpoint has to repeat in prose what its metadata says.
/// </summary>
internal static class ApiContractSetup
{
    public static void AddApiContract(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = SchemaNames.Of;
        options.AddSchemaTransformer<DeclaredRules>();
        options.AddOperationTransformer<OperationConventions>();
        options.AddOperationTransformer<QueryParameterTypes>();
        options.AddDocumentTransformer<ApiDocument>();
        options.AddDocumentTransformer<ProblemSchema>();
        options.AddDocumentTransformer<TagDescriptions>();
    }
}
