using System.Globalization;
using Bogus;
using PageShare.Domain.Engagement;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Seeding;

/// <summary>
/// About 60 demo posts over the last 7 days (some in the last hour and day, so every trending window has data),
/// with sentiment, a few polls, a few quote posts and some likes. Built through the domain factories.
/// </summary>
internal static class DemoPosts
{
    public const int Count = 60;
    private const int InLastHour = 6;
    private const int InLastDay = 24;

    public static (IReadOnlyList<Post> Posts, IReadOnlyList<Reaction> Likes) Create(Faker faker, IReadOnlyList<Guid> userIds, DateTimeOffset now)
    {
        // Hot symbols come up more often, so trending has a clear ranking.
        var symbols = DemoPostTexts.Tickers.Keys.ToList();
        var raw = symbols.Select((_, i) => i < 4 ? 3f : 1f).ToArray();
        var weights = raw.Select(w => w / raw.Sum()).ToArray(); // Bogus wants weights that sum to 1
        var ages = Enumerable.Range(0, Count).Select(i => i switch
        {
            < InLastHour => TimeSpan.FromMinutes(faker.Random.Int(1, 55)),
            < InLastDay => TimeSpan.FromMinutes(faker.Random.Int(61, (24 * 60) - 5)),
            _ => TimeSpan.FromMinutes(faker.Random.Int((24 * 60) + 5, (7 * 24 * 60) - 5)),
        }).OrderDescending().ToList();

        var posts = new List<Post>();
        var likes = new List<Reaction>();
        for (var i = 0; i < ages.Count; i++)
        {
            var createdAt = now - ages[i];
            var first = faker.Random.WeightedRandom(symbols.ToArray(), weights);
            var second = faker.PickRandom(symbols.Where(s => s != first));
            var post = Build(faker, i, posts, faker.PickRandom(userIds.ToList()), first, second, createdAt);
            posts.Add(post);

            foreach (var liker in faker.PickRandom(userIds.Where(u => u != post.AuthorId), faker.Random.Int(0, 5)))
            {
                likes.Add(Reaction.Like(liker, ReactionTarget.Post, post.Id, Min(createdAt.AddMinutes(faker.Random.Int(1, 600)), now)));
            }
        }

        return (posts, likes);
    }

    private static Post Build(Faker faker, int index, List<Post> earlier, Guid authorId, string first, string second, DateTimeOffset createdAt)
    {
        if (index % 12 == 5)
        {
            var (question, options) = faker.PickRandom<(string, string[])>(DemoPostTexts.Polls);
            var poll = new PollDraft(options.Select(o => Fill(o, first, second)).ToList(), faker.PickRandom(24, 48, 72));
            return Post.Create(authorId, Fill(question, first, second), [], null, poll, null, null, createdAt);
        }

        if (index % 11 == 10 && earlier.Count > 0)
        {
            var quoted = faker.PickRandom(earlier.TakeLast(10));
            return Post.Create(authorId, faker.PickRandom(DemoPostTexts.QuoteComments.ToList()), [], null, null, quoted, null, createdAt);
        }

        var (template, sentiment) = faker.PickRandom<(string, Sentiment?)>(DemoPostTexts.Templates);
        var price = DemoPostTexts.Tickers[first].Price * (1 + (decimal)faker.Random.Double(-0.05, 0.05));
        var text = string.Format(CultureInfo.InvariantCulture, template, "$" + first, "$" + second,
            price.ToString(price >= 1000 ? "0" : "0.00", CultureInfo.InvariantCulture));
        return Post.Create(authorId, text, [], null, null, null, sentiment, createdAt);
    }

    private static string Fill(string text, string first, string second) =>
        text.Replace("{0}", "$" + first, StringComparison.Ordinal).Replace("{1}", "$" + second, StringComparison.Ordinal);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
