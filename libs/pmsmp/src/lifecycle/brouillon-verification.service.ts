import { AuthUser } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { VerificationView, VerifierConventionDto } from '../api/convention-verifier.dto';
import { ContenuSaisiDto } from '../api/convention-contenu.dto';
import { heures } from '../rules/horaires-totaux';
import { champsManquants, contenuBrut } from './convention-builder';
import { ConventionVerificationService } from './convention-verification.service';
import { ConventionsService } from './conventions.service';

/**
 * The sections the form may not have reached yet: their rules wait until they are keyed in
 * (an empty tutor and an empty representative would "share" an empty email).
 */
const SECTIONS: Record<string, (keyof ContenuSaisiDto)[]> = {
  tuteur: ['tuteur'],
  'accueil.representant': ['accueil'],
  accueil: ['accueil'],
  horaires: ['horaires'],
  dateDebut: ['dateDebut'],
  dateFin: ['dateFin', 'dateDebut'],
  activites: ['activites'],
  competences: ['competences'],
  metier: ['metier'],
};

/** The same rules as creation, on a draft, without saving anything (the API stays the judge). */
@Injectable()
export class BrouillonVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conventions: ConventionsService,
    private readonly verification: ConventionVerificationService,
  ) {}

  async verifier(user: AuthUser, dto: VerifierConventionDto): Promise<VerificationView> {
    const sources = await this.conventions.sources(user, dto.jeuneId, dto.entrepriseId);
    const saisi = {
      ...dto,
      accueil: { activite: '', ...dto.accueil },
      horaires: dto.horaires ?? [],
      dateDebut: dto.dateDebut ?? '',
      dateFin: dto.dateFin ?? '',
    } as ContenuSaisiDto;
    const contenu = contenuBrut(saisi, sources);
    contenu.tuteur ??= { nom: '', prenom: '', email: '', telephone: '', fonction: '' };
    contenu.accueil.representant ??= {
      nom: '',
      prenom: '',
      email: '',
      telephone: '',
      fonction: '',
    };
    const v = await this.verification.evaluer(this.dataSource.manager, contenu, {
      jeuneId: dto.jeuneId,
    });
    const saisie = (field: string) => {
      const cle = Object.keys(SECTIONS).find(
        (k) => field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`),
      );
      return !cle || SECTIONS[cle].every((s) => dto[s] !== undefined);
    };
    // Without dates, the date rules say "format": nothing to tell yet.
    const erreurs = [...champsManquants(contenu), ...v.erreurs].filter((e) => saisie(e.field));
    return {
      erreurs,
      avertissements: v.avertissements,
      mineur: v.mineur,
      totaux: {
        heuresTotal: heures(v.totaux.minutesTotal),
        joursPresence: v.totaux.joursPresence,
        heuresParSemaine: Object.fromEntries(
          Object.entries(v.totaux.parSemaine).map(([k, m]) => [k, heures(m)]),
        ),
      },
    };
  }
}
