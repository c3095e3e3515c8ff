using Microsoft.Extensions.Configuration;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

public sealed class StorageOptionsTests
{
    private const string ContentRoot = "/srv/pageshare";

    [Fact]
    public void FromConfiguration_NoServiceKey_UsesLocalStorageWithDefaults()
    {
        var options = StorageOptions.FromConfiguration(Config(), ContentRoot);

        options.Provider.Should().Be(StorageProvider.Local);
        options.LocalRoot.Should().Be(Path.GetFullPath("/srv/pageshare/.local/storage"));
        options.PublicBaseUrl.Should().Be("http://127.0.0.1:5080");
        options.Buckets.ProfilePictures.Should().Be("profile-pictures");
        options.Buckets.Media.Should().Be("post-media");
        options.Supabase.Should().BeNull();
    }

    [Fact]
    public void FromConfiguration_ServiceKeyAndUrl_UsesSupabase()
    {
        var options = StorageOptions.FromConfiguration(Config(
            ("SUPABASE_SERVICE_ROLE_KEY", "key"), ("SUPABASE_URL", "https://abc.supabase.co/"),
            ("SUPABASE_STORAGE_BUCKET", "avatars"), ("SUPABASE_MEDIA_BUCKET", "media")), ContentRoot);

        options.Provider.Should().Be(StorageProvider.Supabase);
        options.Supabase!.BaseUrl.Should().Be("https://abc.supabase.co");
        options.Buckets.Should().Be(new PageShare.Application.Storage.StorageBuckets("avatars", "media"));
    }

    [Fact]
    public void FromConfiguration_RelativeLocalPathAndBaseUrl_AreResolved()
    {
        var options = StorageOptions.FromConfiguration(Config(("STORAGE_LOCAL_PATH", "data/files"), ("PUBLIC_BASE_URL", "https://api.example.com/")), ContentRoot);

        options.LocalRoot.Should().Be(Path.GetFullPath("/srv/pageshare/data/files"));
        options.PublicBaseUrl.Should().Be("https://api.example.com");
    }

    [Fact]
    public void FromConfiguration_ServiceKeyWithoutUrl_Throws()
    {
        var create = () => StorageOptions.FromConfiguration(Config(("SUPABASE_SERVICE_ROLE_KEY", "key")), ContentRoot);

        create.Should().Throw<InvalidOperationException>().WithMessage("*SUPABASE_URL*");
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public void FromConfiguration_InvalidBucket_Throws(string bucket)
    {
        var create = () => StorageOptions.FromConfiguration(Config(("SUPABASE_STORAGE_BUCKET", bucket)), ContentRoot);

        create.Should().Throw<InvalidOperationException>().WithMessage("*SUPABASE_STORAGE_BUCKET*");
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
