using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Auth.Queries.VerifyToken;

/// <summary><c>POST /auth/verify</c>: the token was already verified by authentication; this describes it.</summary>
public sealed record VerifyTokenQuery : IRequest<TokenVerificationDto>;
