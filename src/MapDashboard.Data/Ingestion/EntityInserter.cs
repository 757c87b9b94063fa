using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MapDashboard.Data.Ingestion;

/// <summary>
/// Inserts rows of one entity type with one prepared command (<c>INSERT ... RETURNING</c> its key), its table, columns
/// and value conversions read from the EF Core model: the same column values <c>SaveChanges</c> writes, without
/// change tracking (which cost more than geoparsing when a batch of files went in, a few hundred entities a file).
/// Navigations are not followed: the caller sets foreign keys.
/// </summary>
internal sealed class EntityInserter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;
    private readonly IProperty _key;

    public EntityInserter(DbContext db, DbTransaction transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _key = entity.FindPrimaryKey()!.Properties.Single();
        // Computed columns are the store's to fill, and a shadow property has no value on the entity to write.
        var properties = entity.GetProperties().Where(p => p != _key && !p.IsShadowProperty() && p.GetComputedColumnSql(table) is null).ToList();
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _columns = new Column[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var mapping = (RelationalTypeMapping)properties[i].GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", null, nullable: true);
            _command.Parameters.Add(parameter);
            _columns[i] = new Column(properties[i].GetGetter(), properties[i].GetValueConverter() ?? mapping.Converter, parameter);
        }

        _command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))}) RETURNING {Quote(_key.GetColumnName(table)!)}";
        _command.Prepare();
    }

    /// <summary>Inserts <paramref name="entity"/> and sets its key to the one the store gave it.</summary>
    public async Task InsertAsync(T entity, CancellationToken cancellationToken)
    {
        foreach (var column in _columns)
        {
            var value = column.Getter.GetClrValue(entity);
            column.Parameter.Value = (value is null ? null : column.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        var key = await _command.ExecuteScalarAsync(cancellationToken);
        _key.PropertyInfo!.SetValue(entity, Convert.ChangeType(key, _key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _command.Dispose();

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Column(IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter);
}
