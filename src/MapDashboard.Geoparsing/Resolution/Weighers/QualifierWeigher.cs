using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// An explicit qualifier: "Bshaquh in Lattakia province", "Deir Ezzor, Syria", "Paris, Ky.": a candidate the
/// qualifying mention can hold gains <see cref="GeoparserOptions.QualifierWeight"/> per such qualifier.
/// </summary>
internal sealed class QualifierWeigher : ICandidateWeigher
{
    public string Name => "qualifier";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        var total = 0.0;
        foreach (var q in slot.QualifierSlots)
        {
            // "Sulphur Springs, Greenville and Dallas": after a comma only a country or a division qualifies; a town
            // qualifies its neighbourhoods with "in" ("al-Rushdiyeh in Deir Ezzur").
            var afterComma = slot.QualifiersAfterComma.Contains(q);
            var fits = q.Candidates.Where(qc => (!afterComma || qc.Candidate.Place.Level is PlaceLevel.Country or PlaceLevel.Admin1) && PlaceRelations.Contains(qc.Candidate.Place, p))
                .Select(qc => qc.Candidate.Place).FirstOrDefault();
            if (fits is null) continue;
            total += context.Options.QualifierWeight;
            why?.Append(CultureInfo.InvariantCulture, $"; qualified by \"{q.Mention.Mention.Text}\" ({fits.Name})");
        }
        return total;
    }
}
