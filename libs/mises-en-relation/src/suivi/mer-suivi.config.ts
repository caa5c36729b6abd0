import { toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

/** The follow-up after a hire, from the environment, validated at boot like MerConfig. */
export class MerSuiviConfig {
  /** When the due checks are sent (cron, Paris time): once a day, in office hours. */
  @IsString() MER_SUIVI_CRON = '0 10 * * *';
  /** How long the answer page of a check accepts an answer, from its sending. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_SUIVI_LIEN_JOURS = 30;
  /** A check the sweep could not send within this many days after its due date is not sent. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_SUIVI_RATTRAPAGE_JOURS = 30;
}
