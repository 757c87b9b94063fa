using MapDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class MentionOverrideConfiguration : IEntityTypeConfiguration<MentionOverride>
{
    public void Configure(EntityTypeBuilder<MentionOverride> builder)
    {
        builder.ToTable("MentionOverrides");
        builder.Property(o => o.ArticleHash).IsRequired();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(12);
        builder.Property(o => o.CountryCode).HasMaxLength(2);
        // One override per span of one article text.
        builder.HasIndex(o => new { o.ArticleHash, o.Start, o.Length }).IsUnique();
    }
}
