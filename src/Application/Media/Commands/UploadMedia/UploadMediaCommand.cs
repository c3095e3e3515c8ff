using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Media.Commands.UploadMedia;

/// <summary><c>POST /media/upload</c>: 1-4 images for a later post, recorded with their owner.</summary>
public sealed record UploadMediaCommand(IReadOnlyList<MediaFileInput> Files) : IRequest<MediaUploadDto>, IWriteRequest;
