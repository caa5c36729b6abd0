import { toBool, toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, Min } from 'class-validator';

/** PMSMP settings, from the environment, validated at boot. */
export class PmsmpConfig {
  /** Days a start date may lie in the past (an agreement keyed in on Monday for that Monday). */
  @Transform(toInt) @IsInt() @Min(0) @Max(7) PMSMP_GRACE_JOURS = 2;
  /** Validity of the signature, assessment and situation links. */
  @Transform(toInt) @IsInt() @Min(1) @Max(120) PMSMP_LIEN_JOURS = 45;
  /** No new links to the same signatories within this many hours (resend). */
  @Transform(toInt) @IsInt() @Min(0) @Max(168) PMSMP_RENVOI_HEURES = 24;
  /** Reminders for missing signatures / the validation this many days before the start. */
  @Transform(toInt) @IsInt() @Min(1) @Max(30) PMSMP_RELANCE_JOURS_AVANT = 3;
  /** The structure validates in two steps: the conseiller's visa, then the director (admin). */
  @Transform(toBool) @IsBoolean() PMSMP_VALIDATION_DEUX_ETAPES = false;
  /** The tutor signs as well (the form has a box for it). */
  @Transform(toBool) @IsBoolean() PMSMP_SIGNATURE_TUTEUR = true;
  /** Daily sweep (Paris time): reminders, assessments, situation checks. */
  @IsString() PMSMP_BALAYAGE_CRON = '0 9 * * *';
}
