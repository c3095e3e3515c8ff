namespace PageShare.WebApi.Endpoints;

/// <summary>Optional body of <c>POST /posts/{post_id}/reposts</c>: with <c>content</c> the repost is a quote post.</summary>
public sealed record RepostRequest(string? Content);
