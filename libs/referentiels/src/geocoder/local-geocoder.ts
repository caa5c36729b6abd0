import { CommunesService } from '../communes/communes.service';
import { Commune } from '../communes/commune.types';
import { normaliseText } from '../text/normalise';
import { GeocodeCommuneQuery, GeocodedAddress, GeocodedCommune, Geocoder } from './geocoder';

const toGeocoded = (
  c: Commune,
  codePostal: string | undefined,
  exact: boolean,
): GeocodedCommune => ({
  codeInsee: c.codeInsee,
  nom: c.nom,
  codePostal:
    codePostal && c.codesPostaux.includes(codePostal) ? codePostal : (c.codesPostaux[0] ?? null),
  lat: c.lat,
  lon: c.lon,
  score: exact ? 1 : 0.5,
  source: 'local',
});

/** Geocoding from the communes table: offline, precise to the commune. */
export class LocalGeocoder extends Geocoder {
  readonly name = 'local';

  constructor(private readonly communes: CommunesService) {
    super();
  }

  async geocodeCommune(query: GeocodeCommuneQuery): Promise<GeocodedCommune[]> {
    if (query.codeInsee) {
      const commune = await this.communes.getCommune(query.codeInsee);
      return commune ? [toGeocoded(commune, query.codePostal, true)] : [];
    }
    const found = await this.communes.findCommunes({
      codePostal: query.codePostal,
      nom: query.nom,
      limit: 10,
    });
    const wanted = query.nom ? normaliseText(query.nom) : null;
    return found.map((c) =>
      toGeocoded(c, query.codePostal, !wanted || normaliseText(c.nom) === wanted),
    );
  }

  /**
   * Street-level data is not local: the answer is the commune's centre, found from the postal code
   * (given, or read in the address) and, among its communes, the one named in the address.
   */
  async geocodeAddress(address: string, codePostal?: string): Promise<GeocodedAddress[]> {
    const cp = codePostal ?? /\b\d{5}\b/.exec(address)?.[0];
    if (!cp) return [];
    const text = ` ${normaliseText(address)} `;
    const communes = await this.communes.findCommunes({ codePostal: cp, limit: 50 });
    const named = communes.filter((c) => text.includes(` ${normaliseText(c.nom)} `));
    return (named.length ? named : communes.slice(0, 1))
      .filter((c) => c.lat !== null && c.lon !== null)
      .map((c) => ({
        label: `${c.nom} (${cp})`,
        precision: 'municipality' as const,
        codeInsee: c.codeInsee,
        codePostal: cp,
        commune: c.nom,
        lat: c.lat!,
        lon: c.lon!,
        score: named.length ? 0.6 : 0.3,
        source: 'local' as const,
      }));
  }
}
