using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Users.Commands.ChangeProfilePicture;

/// <summary>
/// <c>POST /users/me/profile-picture</c>: the uploaded file's bytes. The file name and declared length are carried
/// for logs and limits only: the kind is judged from the bytes, and the object gets a random name.
/// </summary>
public sealed record ChangeProfilePictureCommand(Stream? Content, string? FileName, long Length) : IRequest<CurrentUserDto>, IWriteRequest;
