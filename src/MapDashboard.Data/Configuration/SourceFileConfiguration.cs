using MapDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.ToTable("SourceFiles");
        builder.Property(f => f.Name).IsRequired();
        builder.Property(f => f.ContentHash).IsRequired();
        builder.HasIndex(f => f.ContentHash).IsUnique();
    }
}
