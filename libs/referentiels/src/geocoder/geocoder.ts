import { DomainError } from '@app/core';

export interface GeocodeCommuneQuery {
  codePostal?: string;
  nom?: string;
  codeInsee?: string;
}

export interface GeocodedCommune {
  codeInsee: string;
  nom: string;
  /** The postal code that matched, or the commune's first one. */
  codePostal: string | null;
  /** Null when the local table has no coordinates for this commune. */
  lat: number | null;
  lon: number | null;
  /** 0–1: BAN's relevance score; 1 for an exact local match. */
  score: number;
  source: 'local' | 'ban';
}

export interface GeocodedAddress {
  label: string;
  /** What the point stands for: the address itself, its street, or only its commune. */
  precision: 'housenumber' | 'street' | 'locality' | 'municipality';
  codeInsee: string;
  codePostal: string | null;
  commune: string;
  lat: number;
  lon: number;
  score: number;
  source: 'local' | 'ban';
}

/**
 * Turns places into coordinates. `GEOCODER=local` (default) answers from the communes table,
 * offline, at the commune's centre; `GEOCODER=ban` asks the national address base (BAN).
 * Nothing found is an empty list; a geocoder that cannot answer throws GeocoderUnavailableError.
 */
export abstract class Geocoder {
  abstract readonly name: 'local' | 'ban';
  abstract geocodeCommune(query: GeocodeCommuneQuery): Promise<GeocodedCommune[]>;
  abstract geocodeAddress(address: string, codePostal?: string): Promise<GeocodedAddress[]>;
}

/** The geocoding service did not answer usably: timeout, network error, 5xx, unreadable body. */
export class GeocoderUnavailableError extends DomainError {
  constructor(
    readonly reason: 'timeout' | 'network' | 'http' | 'invalid-response',
    readonly httpStatus?: number,
  ) {
    super(
      'SERVICE_UNAVAILABLE',
      'Le service de géocodage ne répond pas pour le moment : veuillez réessayer plus tard.',
    );
    this.name = 'GeocoderUnavailableError';
  }
}
