import { loadConfig, toBool, toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import type { WorkerOptions } from 'bullmq';

const Poids = () => (target: object, key: string) => {
  Transform(toInt)(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(100)(target, key);
};

/**
 * The matcher's environment variables, with their defaults, validated like AppConfig. Weights are
 * points out of their sum; a structure may override them (table `matching_reglages`).
 */
export class MatchingConfig {
  @Poids() MATCHING_POIDS_FICHE = 30;
  @Poids() MATCHING_POIDS_DISTANCE = 20;
  @Poids() MATCHING_POIDS_DIPLOME = 10;
  @Poids() MATCHING_POIDS_EXPERIENCE = 10;
  @Poids() MATCHING_POIDS_DISPONIBILITE = 5;
  @Poids() MATCHING_POIDS_PROGRAMME = 10;
  @Poids() MATCHING_POIDS_ATTENTE = 15;

  /** At most this many open proposals per jeune (m). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  MATCHING_PROPOSITIONS_PAR_JEUNE = 2;

  /** The best candidates kept per offer for the joint assignment. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  MATCHING_CANDIDATS_PAR_OFFRE = 20;

  /** Components with more edges than this are assigned greedily rather than exactly. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  MATCHING_COMPOSANTE_MAX_ARETES = 20_000;

  /** Points for the first proposal of an offer, on top of its score: favours coverage. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  MATCHING_BONUS_COUVERTURE = 10;

  /**
   * Fairness of a joint round: the share (%) of their waiting-time points a jeune's second
   * proposal of the same round loses (100 = exactly as if offers were published one by one).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  MATCHING_EQUITE_PC = 25;

  /** A jeune without a proposal for this many days gets every "waiting time" point. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  MATCHING_ATTENTE_JOURS = 28;

  /** Also propose jeunes who want a fiche of the same domaine professionnel (weaker match). */
  @Transform(toBool)
  @IsBoolean()
  MATCHING_DOMAINE = true;

  /** Debounce of the re-match after a jeune changed (ms). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  MATCHING_RELANCE_JEUNE_MS = 60_000;

  /** Nightly sweep of open offers lacking proposals (cron, Europe/Paris). */
  @IsString()
  @Matches(/^\S+( \S+){4,5}$/, { message: 'doit être une expression cron (5 ou 6 champs)' })
  MATCHING_BALAYAGE_CRON = '30 2 * * *';

  /** BullMQ lock of a matching job; a crashed worker's job is retried once the lock expired. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(600_000)
  MATCHING_LOCK_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(600_000)
  MATCHING_STALLED_CHECK_MS = 30_000;
}

/** The matching queue's worker settings (lock, stalled check), from the environment. */
export function matchingWorkerSettings(
  env: Record<string, string | undefined> = process.env,
): Partial<WorkerOptions> {
  const config = loadConfig(MatchingConfig, env);
  return {
    lockDuration: config.MATCHING_LOCK_MS,
    stalledInterval: config.MATCHING_STALLED_CHECK_MS,
  };
}
