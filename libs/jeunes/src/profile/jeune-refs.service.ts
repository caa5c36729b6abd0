import { UsersService } from '@app/accounts';
import { AuthUser, DomainError, Role } from '@app/core';
import { Commune, ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';

export interface Place {
  communeInsee: string | null;
  communeNom: string | null;
  departement: string | null;
  lat: number | null;
  lon: number | null;
}

export const NO_PLACE: Place = {
  communeInsee: null,
  communeNom: null,
  departement: null,
  lat: null,
  lon: null,
};

/**
 * Lookups of a jeune's references (ROME fiches, commune, referent conseiller), memoised for the
 * life of one instance: an import creates one and asks the same codes thousands of times.
 */
export class JeuneRefs {
  // Settled answers, checked synchronously: the import asks the same few codes 100,000 times.
  private readonly fiches = new Map<string, boolean>();
  private readonly communes = new Map<string, Commune | null>();
  private conseillers?: Promise<Map<string, string>>;
  private conseillerIds?: Set<string>;

  constructor(
    private readonly referentiels: ReferentielsService,
    private readonly users: UsersService,
    readonly structureId: string,
  ) {}

  /**
   * Unknown fiches: a 400 naming the field. Synchronous when every code was already asked (a
   * promise only for a first lookup): an import checks 100,000 rows against the same few codes.
   */
  checkFiches(codes: string[], field: string): Promise<void> | void {
    for (const code of codes) {
      const known = this.fiches.get(code);
      if (known === undefined) return this.lookupFiches(codes, field);
      if (!known)
        throw DomainError.invalid(field, `La fiche ROME ${code} n'existe pas dans le référentiel.`);
    }
  }

  private async lookupFiches(codes: string[], field: string): Promise<void> {
    for (const code of codes) {
      let known = this.fiches.get(code);
      if (known === undefined) {
        known = (await this.referentiels.getFiche(code)) !== null;
        this.fiches.set(code, known);
      }
      if (!known)
        throw DomainError.invalid(field, `La fiche ROME ${code} n'existe pas dans le référentiel.`);
    }
  }

  /** The commune's name and centre from the référentiel (by INSEE code, else a single postal code). */
  async place(communeInsee: string | null, codePostal: string | null): Promise<Place> {
    if (!communeInsee && !codePostal) return NO_PLACE;
    const key = communeInsee ? `i${communeInsee}` : `p${codePostal}`;
    let commune: Commune | null | undefined = this.communes.get(key);
    if (commune === undefined) {
      commune = communeInsee
        ? await this.referentiels.getCommune(communeInsee)
        : await this.referentiels
            .findCommunes({ codePostal: codePostal!, limit: 2 })
            .then((found) => (found.length === 1 ? found[0] : null));
      this.communes.set(key, commune ?? null);
    }
    if (!commune) {
      // A postal code shared by several communes is not an error: the commune stays unknown.
      if (!communeInsee) return NO_PLACE;
      throw DomainError.invalid('communeInsee', `La commune ${communeInsee} est inconnue.`);
    }
    return {
      communeInsee: commune.codeInsee,
      communeNom: commune.nom,
      departement: commune.departement,
      lat: commune.lat,
      lon: commune.lon,
    };
  }

  /** Active conseillers of the structure: email → id. */
  conseillersByEmail(): Promise<Map<string, string>> {
    const asStructure = { id: '', email: '', role: Role.ADMIN, structureId: this.structureId };
    this.conseillers ??= this.users
      .listForStructure(asStructure as AuthUser, Role.CONSEILLER)
      .then((list) => new Map(list.filter((u) => u.active).map((u) => [u.email, u.id])));
    return this.conseillers;
  }

  async checkConseiller(id: string): Promise<void> {
    this.conseillerIds ??= new Set((await this.conseillersByEmail()).values());
    if (!this.conseillerIds.has(id)) {
      throw DomainError.invalid(
        'conseillerId',
        'Le conseiller référent doit être un conseiller actif de votre Mission Locale.',
      );
    }
  }
}

@Injectable()
export class JeuneRefsFactory {
  constructor(
    private readonly referentiels: ReferentielsService,
    private readonly users: UsersService,
  ) {}

  for(structureId: string): JeuneRefs {
    return new JeuneRefs(this.referentiels, this.users, structureId);
  }
}
