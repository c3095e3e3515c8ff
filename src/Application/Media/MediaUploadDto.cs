namespace PageShare.Application.Media;

/// <summary>The answer of <c>POST /media/upload</c>, one entry per file in the order sent.</summary>
public sealed record MediaUploadDto(IReadOnlyList<UploadedMediaDto> Files);
