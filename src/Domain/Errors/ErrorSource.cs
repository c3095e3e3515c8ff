namespace PageShare.Domain.Errors;

/// <summary>Where an error happened: this API, or the browser app that reported it.</summary>
public enum ErrorSource
{
    Backend,
    Frontend,
}
