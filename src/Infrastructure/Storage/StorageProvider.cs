namespace PageShare.Infrastructure.Storage;

public enum StorageProvider
{
    /// <summary>Files under a local folder, served by the API itself at Supabase's public URL shape.</summary>
    Local,

    /// <summary>Supabase Storage's REST API with the service role key.</summary>
    Supabase,
}
