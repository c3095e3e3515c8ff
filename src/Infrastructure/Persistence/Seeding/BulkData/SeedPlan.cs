namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// What one table's pass leaves for the next ones: compact arrays of ids, times and per-row "reach",
/// never whole rows. Each pass draws from its own seeded stream, so the data repeats with the seed.
/// </summary>
internal sealed class SeedPlan
{
    public SeedPlan(BulkSeedOptions options, DateTime now, int userOffset, IReadOnlySet<string> existingSymbols)
    {
        Options = options;
        Clock = new ActivityClock(now, options.Days);
        UserOffset = userOffset;
        ExistingSymbols = existingSymbols;
        Tickers = TickerUniverse.Create(Stream(TableSalt.Tickers));
        // Index 0 is the most followed account; followers follow Zipf's law over this rank.
        Popularity = WeightedSampler.Zipf(options.Users, exponent: 1.0, offset: 2);
        Activity = ActivityByShuffledRank(options.Users, Stream(TableSalt.Activity));
        UserIds = new Guid[options.Users];
        UserJoined = new DateTime[options.Users];
        PostIds = new Guid[options.Posts];
        PostTimes = new DateTime[options.Posts];
        PostAuthors = new int[options.Posts];
        PostReach = new float[options.Posts];
        PostDeleted = new bool[options.Posts];
        PostTickerStart = new int[options.Posts + 1];
        Counts = new SeedCounts(options.Users, options.Posts);
    }

    public BulkSeedOptions Options { get; }

    public ActivityClock Clock { get; }

    /// <summary>Users already in the database (append): usernames continue after them.</summary>
    public int UserOffset { get; }

    public IReadOnlySet<string> ExistingSymbols { get; }

    public TickerUniverse Tickers { get; }

    public WeightedSampler Popularity { get; }

    /// <summary>Who posts, likes and comments: also heavy-tailed, but not the same people as the most followed.</summary>
    public WeightedSampler Activity { get; }

    public Guid[] UserIds { get; }

    public DateTime[] UserJoined { get; }

    public Guid[] PostIds { get; }

    public DateTime[] PostTimes { get; }

    public int[] PostAuthors { get; }

    /// <summary>How far a post travels (0 for most, thousands for a viral one): scales its likes, comments, reposts.</summary>
    public float[] PostReach { get; }

    public bool[] PostDeleted { get; }

    /// <summary>Post i mentions <c>PostTickers[PostTickerStart[i]..PostTickerStart[i+1]]</c> (indexes into <see cref="Tickers"/>).</summary>
    public int[] PostTickerStart { get; }

    public List<short> PostTickers { get; } = [];

    public List<int> PollPosts { get; } = [];

    /// <summary>Index into the demo polls of each poll (question and options).</summary>
    public List<byte> PollTemplates { get; } = [];

    public List<Guid> PollIds { get; } = [];

    /// <summary>Option ids of each poll, four slots per poll (unused slots are empty).</summary>
    public List<Guid> PollOptionIds { get; } = [];

    public List<Guid> CommentIds { get; } = [];

    public List<DateTime> CommentTimes { get; } = [];

    public List<float> CommentReach { get; } = [];

    /// <summary>Pairs (either direction) with a block between them: they never follow each other.</summary>
    public HashSet<long> BlockedPairs { get; } = [];

    public SeedCounts Counts { get; }

    /// <summary>After the dry run: the passes run again from the same seeds and refill these lists identically.</summary>
    public void StartRealRun()
    {
        PostTickers.Clear();
        PollPosts.Clear();
        PollTemplates.Clear();
        PollIds.Clear();
        PollOptionIds.Clear();
        CommentIds.Clear();
        CommentTimes.Clear();
        CommentReach.Clear();
        BlockedPairs.Clear();
    }

    public Random Stream(TableSalt salt) => RandomExtensions.Derive(Options.Seed, (int)salt);

    public long PairKey(int a, int b) => ((long)Math.Min(a, b) * Options.Users) + Math.Max(a, b);

    private static WeightedSampler ActivityByShuffledRank(int users, Random random)
    {
        var ranks = Enumerable.Range(0, users).ToArray();
        random.Shuffle(ranks);
        var weights = new double[users];
        for (var user = 0; user < users; user++)
        {
            weights[user] = 1 / Math.Pow(ranks[user] + 5, 0.85);
        }

        return new WeightedSampler(weights);
    }
}
