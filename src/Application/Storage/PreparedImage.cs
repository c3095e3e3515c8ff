namespace PageShare.Application.Storage;

/// <summary>An upload that passed the image rules, with its metadata already stripped: ready to store.</summary>
public sealed record PreparedImage(byte[] Bytes, ImageDetails Details)
{
    public string ContentType => Details.ContentType;

    public string Extension => Details.Extension;

    public MemoryStream OpenRead() => new(Bytes, writable: false);
}
