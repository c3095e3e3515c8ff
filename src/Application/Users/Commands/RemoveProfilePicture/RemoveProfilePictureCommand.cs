using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Users.Commands.RemoveProfilePicture;

/// <summary><c>DELETE /users/me/profile-picture</c>: clears the picture and deletes its object; idempotent.</summary>
public sealed record RemoveProfilePictureCommand : IRequest<Unit>, IWriteRequest;
