using PageShare.Application.Common.Specifications;
using PageShare.Domain.Media;

namespace PageShare.Application.Posts;

internal sealed class MediaByUrlsSpec : Specification<MediaItem>
{
    public MediaByUrlsSpec(IReadOnlyList<string> urls) => Query.Where(m => urls.Contains(m.Url));
}
