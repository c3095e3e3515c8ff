using System.Diagnostics.CodeAnalysis;
using PageShare.Domain.Posts;

namespace PageShare.Application.Tickers;

/// <summary>The <c>{symbol}</c> of the ticker routes: any case, with or without the <c>$</c> or <c>#</c> of a cashtag.</summary>
public static class TickerRoute
{
    public static bool TryParse(string? raw, [NotNullWhen(true)] out TickerSymbol? symbol) =>
        TickerSymbol.TryCreate(raw?.Trim().TrimStart('$', '#'), out symbol);
}
