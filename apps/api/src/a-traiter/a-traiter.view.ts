import { ApiProperty } from '@nestjs/swagger';

/** An introduction named on the home: who, which offer, since when, the last email sent. */
export class MerAAppelerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() statut: string;
  @ApiProperty({ type: String, format: 'date-time' }) statutAt: Date;
  @ApiProperty() jeune: string;
  @ApiProperty({ format: 'uuid' }) offreId: string;
  @ApiProperty() offre: string;
  @ApiProperty() entreprise: string;
  @ApiProperty({ description: 'Relances envoyées à l’employeur' }) relances: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dernierEnvoiAt: Date | null;
}

/** The CRE's home: what waits on them, each figure from the module that owns it. */
export class ATraiterView {
  @ApiProperty({ description: 'Offres déposées par les employeurs, à valider' })
  offresAValider: number;
  @ApiProperty({ description: 'Comptes employeurs en attente de rattachement' })
  rattachementsAValider: number;
  @ApiProperty({ description: 'Propositions du matching à examiner' }) propositionsATrier: number;
  @ApiProperty({ description: 'Acceptées par le jeune, à transmettre' }) acceptees: number;
  @ApiProperty({ description: "Mises en relation en attente de l'employeur" })
  attenteEmployeur: number;
  @ApiProperty({ description: 'Mises en relation en attente du jeune' }) attenteJeune: number;
  @ApiProperty({ description: 'Employeurs sans réponse malgré les relances : à appeler' })
  aAppeler: number;
  @ApiProperty({ description: 'Suivis après embauche échus, sans réponse' }) suivisEchus: number;
  @ApiProperty({ description: 'Immersions (PMSMP) signées, à valider' }) immersionsAValider: number;
  @ApiProperty({ description: 'Messages en échec ou incertains' }) messagesEnEchec: number;
  @ApiProperty({
    type: [MerAAppelerView],
    description: "Les plus anciennes en attente de l'employeur",
  })
  employeur: MerAAppelerView[];
  @ApiProperty({ type: [MerAAppelerView], description: 'Les employeurs à appeler' })
  appels: MerAAppelerView[];
}
