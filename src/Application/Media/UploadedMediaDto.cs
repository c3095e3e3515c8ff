namespace PageShare.Application.Media;

/// <summary>An uploaded image: pass <c>url</c> in <c>media_urls</c> of <c>POST /posts</c>. <c>type</c> is the MIME type, <c>size</c> the stored bytes.</summary>
public sealed record UploadedMediaDto(string Url, string Type, int Width, int Height, long Size);
