import { toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

/** The delays of the mises en relation, from the environment, validated like AppConfig. */
export class MerConfig {
  /** The jeune who has not answered is reminded after this many hours. */
  @Transform(toInt) @IsInt() @Min(1) @Max(720) MER_RELANCE_JEUNE_HEURES = 48;
  /** …and the MER ends `sans_reponse_jeune` after this many days (the offer is topped up). */
  @Transform(toInt) @IsInt() @Min(1) @Max(60) MER_DELAI_JEUNE_JOURS = 5;
  /** The employer is reminded this many days after the candidate was sent… */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_RELANCE_EMPLOYEUR_1_JOURS = 7;
  /** …and again after this many. */
  @Transform(toInt) @IsInt() @Min(1) @Max(120) MER_RELANCE_EMPLOYEUR_2_JOURS = 14;
  /** Then `sans_reponse_employeur` after this many days, and the CRE is asked to call. */
  @Transform(toInt) @IsInt() @Min(1) @Max(180) MER_DELAI_EMPLOYEUR_JOURS = 21;
  /** A MER at the same entreprise less than this many days ago is flagged to the CRE. */
  @Transform(toInt) @IsInt() @Min(0) @Max(365) MER_ALERTE_ENTREPRISE_JOURS = 30;
  /** A CRE reminds the employer by hand at most once in this many hours (any reminder counts). */
  @Transform(toInt) @IsInt() @Min(1) @Max(720) MER_RELANCE_MANUELLE_HEURES = 24;
  /** Validity of the links sent to the jeune and to the employer. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_LIEN_JEUNE_JOURS = 14;
  @Transform(toInt) @IsInt() @Min(1) @Max(365) MER_LIEN_EMPLOYEUR_JOURS = 60;
  /** How often the reminders and timeouts are looked for (cron, Paris time). */
  @IsString() MER_BALAYAGE_CRON = '*/15 * * * *';

  /** Checks across variables (see loadConfig in core). */
  problems(): string[] {
    const problems: string[] = [];
    if (
      this.MER_RELANCE_EMPLOYEUR_2_JOURS <= this.MER_RELANCE_EMPLOYEUR_1_JOURS ||
      this.MER_DELAI_EMPLOYEUR_JOURS <= this.MER_RELANCE_EMPLOYEUR_2_JOURS
    ) {
      problems.push(
        'MER_DELAI_EMPLOYEUR_JOURS : les délais employeur doivent croître (relance 1 < relance 2 < délai).',
      );
    }
    if (this.MER_RELANCE_JEUNE_HEURES >= this.MER_DELAI_JEUNE_JOURS * 24) {
      problems.push(
        'MER_RELANCE_JEUNE_HEURES : la relance doit précéder le délai de réponse du jeune.',
      );
    }
    return problems;
  }
}
