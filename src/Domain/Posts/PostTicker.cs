namespace PageShare.Domain.Posts;

/// <summary>A ticker mentioned by a post (post_tickers row); the database creates the ticker on first sight.</summary>
public sealed class PostTicker
{
    private PostTicker()
    {
        Symbol = null!;
    }

    internal PostTicker(Guid postId, TickerSymbol symbol)
    {
        PostId = postId;
        Symbol = symbol;
    }

    public Guid PostId { get; private set; }

    public TickerSymbol Symbol { get; private set; }
}
