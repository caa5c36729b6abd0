import { ApiProperty } from '@nestjs/swagger';
import { ContactView } from '../contacts/contact.view';
import { MembreView } from '../membres/membre.view';
import { Entreprise } from './entreprise.entity';
import { TRANCHE_EFFECTIF_LIBELLES, TrancheEffectif } from './tranche-effectif';

/** An entreprise with what is shown around it (loaded by EntreprisesService.detailForUser). */
export interface EntrepriseDetail {
  entreprise: Entreprise;
  contacts: ContactView[];
  membres: MembreView[];
}

/** One line of a list: the same for every audience (no notes). */
export class EntrepriseResumeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() siret: string;
  @ApiProperty() raisonSociale: string;
  @ApiProperty({ type: String, nullable: true }) enseigne: string | null;
  @ApiProperty({ type: String, nullable: true }) codePostal: string | null;
  @ApiProperty({ type: String, nullable: true }) communeInsee: string | null;
  @ApiProperty({ enum: TrancheEffectif, nullable: true }) trancheEffectif: TrancheEffectif | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;

  static summary(e: Entreprise): EntrepriseResumeView {
    const { id, siret, raisonSociale, enseigne, codePostal, communeInsee, trancheEffectif } = e;
    return {
      id,
      siret,
      raisonSociale,
      enseigne,
      codePostal,
      communeInsee,
      trancheEffectif,
      updatedAt: e.updatedAt,
    };
  }
}

/** What an employer sees of its own entreprise: never the CRE's notes. */
export class EntrepriseEmployeurView extends EntrepriseResumeView {
  @ApiProperty({ type: String, nullable: true }) codeNaf: string | null;
  @ApiProperty({ type: String, nullable: true }) adresse: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat: number | null;
  @ApiProperty({ type: Number, nullable: true }) lon: number | null;
  @ApiProperty({ type: String, nullable: true }) trancheEffectifLibelle: string | null;
  @ApiProperty({ type: [ContactView] }) contacts: ContactView[];
  @ApiProperty({ type: [MembreView] }) membres: MembreView[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of({ entreprise: e, contacts, membres }: EntrepriseDetail): EntrepriseEmployeurView {
    return {
      ...EntrepriseResumeView.summary(e),
      codeNaf: e.codeNaf,
      adresse: e.adresse,
      lat: e.lat,
      lon: e.lon,
      trancheEffectifLibelle: e.trancheEffectif
        ? TRANCHE_EFFECTIF_LIBELLES[e.trancheEffectif]
        : null,
      contacts,
      membres,
      createdAt: e.createdAt,
    };
  }
}

/** What the Mission Locale's staff see: everything, notes included. */
export class EntrepriseCreView extends EntrepriseEmployeurView {
  @ApiProperty({ format: 'uuid' }) structureId: string;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'uuid' }) createdById: string;

  static of(detail: EntrepriseDetail): EntrepriseCreView {
    const { structureId, notes, createdById } = detail.entreprise;
    return { ...EntrepriseEmployeurView.of(detail), structureId, notes, createdById };
  }
}

export class EntreprisesPageView {
  @ApiProperty({ type: [EntrepriseResumeView] }) items: EntrepriseResumeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
