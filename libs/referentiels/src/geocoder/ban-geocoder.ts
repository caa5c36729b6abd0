import {
  GeocodeCommuneQuery,
  GeocodedAddress,
  GeocodedCommune,
  Geocoder,
  GeocoderUnavailableError,
} from './geocoder';

/** The part of BAN's GeoJSON answer that is read. */
interface BanFeature {
  geometry: { coordinates: [number, number] };
  properties: {
    label: string;
    score: number;
    type: GeocodedAddress['precision'];
    name: string;
    city?: string;
    citycode: string;
    postcode?: string;
  };
}

const isFeature = (f: any): f is BanFeature =>
  Array.isArray(f?.geometry?.coordinates) &&
  f.geometry.coordinates.length >= 2 &&
  f.geometry.coordinates.every((n: unknown) => typeof n === 'number' && Number.isFinite(n)) &&
  typeof f.properties?.citycode === 'string';

/**
 * The national address base's search API (`GET {BAN_API_URL}/search/?q=…`). "Nothing found" is an
 * empty list, as is a query BAN refuses (400: too short, only punctuation…). A timeout, a network
 * error, any other status or an unreadable body throws GeocoderUnavailableError, so that a caller
 * can keep the form usable (the local table) instead of telling the user the place does not exist.
 */
export class BanGeocoder extends Geocoder {
  readonly name = 'ban';

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async geocodeCommune(query: GeocodeCommuneQuery): Promise<GeocodedCommune[]> {
    const q = query.nom?.trim() || query.codePostal?.trim() || query.codeInsee?.trim();
    if (!q) return [];
    const features = await this.search({
      q,
      type: 'municipality',
      limit: '10',
      postcode: query.codePostal?.trim(),
      citycode: query.codeInsee?.trim().toUpperCase(),
    });
    return features.map((f) => ({
      codeInsee: f.properties.citycode,
      nom: f.properties.city ?? f.properties.name,
      codePostal: f.properties.postcode ?? null,
      lat: f.geometry.coordinates[1],
      lon: f.geometry.coordinates[0],
      score: f.properties.score,
      source: 'ban' as const,
    }));
  }

  async geocodeAddress(address: string, codePostal?: string): Promise<GeocodedAddress[]> {
    if (!address.trim()) return [];
    const features = await this.search({
      q: address.trim(),
      limit: '5',
      postcode: codePostal?.trim(),
    });
    return features.map((f) => ({
      label: f.properties.label,
      precision: f.properties.type,
      codeInsee: f.properties.citycode,
      codePostal: f.properties.postcode ?? null,
      commune: f.properties.city ?? f.properties.name,
      lat: f.geometry.coordinates[1],
      lon: f.geometry.coordinates[0],
      score: f.properties.score,
      source: 'ban' as const,
    }));
  }

  private async search(params: Record<string, string | undefined>): Promise<BanFeature[]> {
    const url = new URL(`${this.baseUrl.replace(/\/+$/, '')}/search/`);
    for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const failure = (error: unknown) =>
      new GeocoderUnavailableError(
        (error as Error)?.name === 'TimeoutError' || signal.aborted ? 'timeout' : 'network',
      );
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      throw failure(error);
    }
    if (response.status === 400) {
      await response.body?.cancel();
      return [];
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new GeocoderUnavailableError('http', response.status);
    }
    let body: any;
    try {
      body = await response.json();
    } catch (error) {
      throw signal.aborted ? failure(error) : new GeocoderUnavailableError('invalid-response');
    }
    if (!Array.isArray(body?.features)) throw new GeocoderUnavailableError('invalid-response');
    return body.features.filter(isFeature);
  }
}
