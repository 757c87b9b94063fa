using MapDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("Mentions");
        builder.Property(m => m.Text).IsRequired();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Level).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.DatePrecision).HasConversion<string>().HasMaxLength(8);
        builder.Property(m => m.CountryCode).HasMaxLength(2);
        builder.Property(m => m.Review).HasConversion<string>().HasMaxLength(12);
        // Location (the point) is mapped by each provider's context: WKB on SQLite, geometry on PostGIS.
        // The map asks "resolved events in this box and this date range": these indexes serve that.
        builder.HasIndex(m => new { m.Longitude, m.Latitude });
        builder.HasIndex(m => new { m.DateStart, m.DateEnd });
        builder.HasIndex(m => m.PlaceId);
    }
}
