using MapDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Title).IsRequired();
        builder.Property(a => a.Text).IsRequired();
        builder.Property(a => a.SourceName).IsRequired();
        builder.Property(a => a.ContentHash).IsRequired();
        builder.Property(a => a.DatePrecision).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Date);
        builder.HasOne(a => a.SourceFile).WithMany(f => f.Articles).HasForeignKey(a => a.SourceFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Mentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
