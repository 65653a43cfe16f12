using Mono.Cecil;

namespace Marrakesh.Tests.Architecture;

/// <summary>
/// Finds uses of another module's types, in compiled IL: a module (a namespace under <c>Modules</c>) and
/// <c>Accounts</c> may use a module only through that module's <c>…Contract</c> type. Accounts and Platform
/// are cross-cutting, so modules may use them; the composition root, the pages and the data context wire
/// modules together and are exempt.
/// </summary>
public static class ModuleBoundaries
{
    public static List<string> Violations(string assemblyPath, string root)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = ModuleOf(type, root);
            if (from is null)
            {
                continue;
            }
            foreach (var used in References(type).SelectMany(Unwrap))
            {
                var to = ModuleOf(used, root);
                if (to == "Accounts")
                {
                    continue;
                }
                if (to is not null && to != from && !Outermost(used).Name.EndsWith("Contract", StringComparison.Ordinal))
                {
                    violations.Add($"{type.FullName} uses {used.FullName}");
                }
            }
        }
        return [.. violations];
    }

    /// <summary>Types nested in a contract (its result records) belong to the contract.</summary>
    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type;
    }

    /// <summary>The module a type belongs to: <c>Modules.X</c> or <c>Accounts</c>; null for everything else.</summary>
    private static string? ModuleOf(TypeReference type, string root)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        var ns = type.Namespace;
        if (ns == $"{root}.Accounts" || ns.StartsWith($"{root}.Accounts.", StringComparison.Ordinal))
        {
            return "Accounts";
        }
        var prefix = $"{root}.Modules.";
        return ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        if (type.BaseType is not null) { yield return type.BaseType; }
        foreach (var i in type.Interfaces) { yield return i.InterfaceType; }
        foreach (var f in type.Fields) { yield return f.FieldType; }
        foreach (var p in type.Properties) { yield return p.PropertyType; }
        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters) { yield return p.ParameterType; }
            if (!m.HasBody) { continue; }
            foreach (var v in m.Body.Variables) { yield return v.VariableType; }
            foreach (var operand in m.Body.Instructions.Select(i => i.Operand))
            {
                switch (operand)
                {
                    case TypeReference t: yield return t; break;
                    case MethodReference r: yield return r.DeclaringType; yield return r.ReturnType; break;
                    case FieldReference f: yield return f.DeclaringType; break;
                }
            }
        }
    }

    /// <summary>Generic arguments and element types count too: a List&lt;State&gt; is a use of State.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type) => type switch
    {
        GenericInstanceType g => g.GenericArguments.SelectMany(Unwrap).Prepend(g.ElementType),
        TypeSpecification s => Unwrap(s.ElementType),
        _ => [type],
    };
}
